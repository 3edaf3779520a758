<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../article_view.py" line="97" />
        <location filename="../article_view.py" line="258" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="98" />
        <source>Last reviewed: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="212" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="214" />
        <source>Related articles and sources</source>
        <translation>Verwante artikelen en bronnen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="224" />
        <source>Search on the left, or choose a subject under Topics.</source>
        <translation>Zoek links, of kies een onderwerp onder Onderwerpen.</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="248" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="256" />
        <source>Related articles</source>
        <translation>Verwante artikelen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="257" />
        <source>Linked from</source>
        <translation>Gelinkt vanuit</translation>
    </message>
</context>
<context>
    <name>Audiences</name>
    <message>
        <location filename="../i18n.py" line="63" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="64" />
        <source>Insurer</source>
        <translation>Verzekeraar</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="65" />
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../checklist_view.py" line="44" />
        <source>Self-employed</source>
        <translation>Zelfstandig ondernemer</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="45" />
        <source>Opting-in</source>
        <translation>Opting-in</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="46" />
        <source>Employed</source>
        <translation>Loondienst</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="47" />
        <source>Online and webcam</source>
        <translation>Online en webcam</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="48" />
        <source>Escort and home work</source>
        <translation>Escort en thuiswerk</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="49" />
        <source>Starter without history</source>
        <translation>Starter zonder historie</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="56" />
        <source>Current account</source>
        <translation>Betaalrekening</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="57" />
        <source>Business account</source>
        <translation>Zakelijke rekening</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="58" />
        <source>Mortgage</source>
        <translation>Hypotheek</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="59" />
        <source>Disability insurance (AOV)</source>
        <translation>Arbeidsongeschiktheidsverzekering (AOV)</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="74" />
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="91" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="92" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="93" />
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="101" />
        <source>Export PDF…</source>
        <translation>Exporteren als PDF…</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="103" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="105" />
        <location filename="../checklist_view.py" line="131" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="109" />
        <location filename="../checklist_view.py" line="123" />
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="110" />
        <location filename="../checklist_view.py" line="124" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="111" />
        <location filename="../checklist_view.py" line="125" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="126" />
        <source>Checklist items</source>
        <translation>Checklistpunten</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="127" />
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="128" />
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="129" />
        <source>Export PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="130" />
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="165" />
        <source>There is no checklist for this work form yet.</source>
        <translation>Er is nog geen checklist voor deze werkvorm.</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="188" />
        <source>Double-click to read the article</source>
        <translation>Dubbelklik om het artikel te lezen</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="207" />
        <source>%1 of %2 ticked</source>
        <translation>%1 van %2 afgevinkt</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="241" />
        <source>Export checklist as PDF</source>
        <translation>Checklist exporteren als PDF</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../pdf_export.py" line="44" />
        <source>%1 — %2 — content version %3</source>
        <translation>%1 — %2 — inhoudsversie %3</translation>
    </message>
    <message>
        <location filename="../pdf_export.py" line="72" />
        <source>The output cannot be opened.</source>
        <translation>Het uitvoerbestand kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../pdf_export.py" line="105" />
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../pdf_export.py" line="126" />
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../printing.py" line="24" />
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../article_view.py" line="131" />
        <location filename="../article_view.py" line="132" />
        <source>Find in article</source>
        <translation>Zoeken in artikel</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="134" />
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="135" />
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="136" />
        <source>Close find</source>
        <translation>Zoeken sluiten</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="140" />
        <source>Match count</source>
        <translation>Aantal treffers</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="359" />
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="361" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../glossary_view.py" line="51" />
        <source>Filter the glossary</source>
        <translation>Begrippenlijst filteren</translation>
    </message>
    <message>
        <location filename="../glossary_view.py" line="54" />
        <source>Glossary terms</source>
        <translation>Begrippen</translation>
    </message>
    <message>
        <location filename="../glossary_view.py" line="55" />
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <location filename="../glossary_view.py" line="94" />
        <source>Also: %1</source>
        <translation>Ook: %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../i18n.py" line="72" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="73" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="199" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201" />
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>&amp;Find in article…</source>
        <translation>&amp;Zoeken in artikel…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>Find &amp;previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>&amp;Actual size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208" />
        <source>&amp;Bookmark this article</source>
        <translation>&amp;Bladwijzer voor dit artikel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="209" />
        <source>&amp;Export article as PDF…</source>
        <translation>Artikel &amp;exporteren als PDF…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="210" />
        <source>&amp;Print article…</source>
        <translation>Artikel &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211" />
        <source>&amp;Checklists…</source>
        <translation>&amp;Checklists…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213" />
        <source>&amp;About Toegang</source>
        <translation>&amp;Over Toegang</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224" />
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227" />
        <location filename="../main_window.py" line="228" />
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229" />
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233" />
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234" />
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235" />
        <source>Glossary</source>
        <translation>Begrippen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240" />
        <source>Navigation panels</source>
        <translation>Navigatiepanelen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242" />
        <location filename="../main_window.py" line="515" />
        <source>Content version %1</source>
        <translation>Inhoudsversie %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247" />
        <source>Content version</source>
        <translation>Inhoudsversie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261" />
        <source>Show article in %1</source>
        <translation>Artikel tonen in: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="325" />
        <source>There is no article %1.</source>
        <translation>Er is geen artikel %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="441" />
        <source>Settings could not be saved: %1</source>
        <translation>Instellingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477" />
        <source>Export article as PDF</source>
        <translation>Artikel exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489" />
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="512" />
        <source>About Toegang</source>
        <translation>Over Toegang</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="175" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="180" />
        <source>Search failed: %1</source>
        <translation>Zoeken mislukt: %1</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="184" />
        <source>Type to search all articles.</source>
        <translation>Typ om in alle artikelen te zoeken.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="186" />
        <source>No articles found.</source>
        <translation>Geen artikelen gevonden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../search_panel.py" line="187" />
        <source>%n article(s) found.</source>
        <translation><numerusform>%n artikel gevonden.</numerusform><numerusform>%n artikelen gevonden.</numerusform></translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="191" />
        <source>Search (Ctrl+K)</source>
        <translation>Zoeken (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="195" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="199" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="203" />
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="209" />
        <source>All sections</source>
        <translation>Alle secties</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="210" />
        <source>All audiences</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="211" />
        <source>Both languages</source>
        <translation>Beide talen</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="222" />
        <source>Section filter</source>
        <translation>Filter op sectie</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="223" />
        <source>Audience filter</source>
        <translation>Filter op doelgroep</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="224" />
        <source>Language filter</source>
        <translation>Filter op taal</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../i18n.py" line="50" />
        <source>Wwft and customer due diligence</source>
        <translation>Wwft en cliëntenonderzoek</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="51" />
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="52" />
        <source>Income and evidence</source>
        <translation>Inkomen en bewijs</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="53" />
        <source>Opting-in</source>
        <translation>Opting-in</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="54" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="55" />
        <source>Legal texts</source>
        <translation>Wetteksten</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="56" />
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
</context>
</TS>