<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../article_view.py" line="126"/>
        <location filename="../article_view.py" line="338"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="127"/>
        <source>Last reviewed: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="289"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="291"/>
        <source>Related articles and sources</source>
        <translation>Verwante artikelen en bronnen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="301"/>
        <source>Search on the left, or choose a subject under Topics.</source>
        <translation>Zoek links, of kies een onderwerp onder Onderwerpen.</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="328"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="336"/>
        <source>Related articles</source>
        <translation>Verwante artikelen</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="337"/>
        <source>Linked from</source>
        <translation>Gelinkt vanuit</translation>
    </message>
</context>
<context>
    <name>Audiences</name>
    <message>
        <location filename="../i18n.py" line="62"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="63"/>
        <source>Insurer</source>
        <translation>Verzekeraar</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="64"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../checklist_view.py" line="67"/>
        <source>Self-employed</source>
        <translation>Zelfstandig ondernemer</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="68"/>
        <source>Opting-in</source>
        <translation>Opting-in</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="69"/>
        <source>Employed</source>
        <translation>Loondienst</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="70"/>
        <source>Online and webcam</source>
        <translation>Online en webcam</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="71"/>
        <source>Escort and home work</source>
        <translation>Escort en thuiswerk</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="72"/>
        <source>Starter without history</source>
        <translation>Starter zonder historie</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="79"/>
        <source>Current account</source>
        <translation>Betaalrekening</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="80"/>
        <source>Business account</source>
        <translation>Zakelijke rekening</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="81"/>
        <source>Mortgage</source>
        <translation>Hypotheek</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="82"/>
        <source>Disability insurance (AOV)</source>
        <translation>Arbeidsongeschiktheidsverzekering (AOV)</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="126"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="128"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="133"/>
        <source>Alternatives, with their weight compared with the usual document</source>
        <translation>Alternatieven, met hun gewicht ten opzichte van het gebruikelijke stuk</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="145"/>
        <source>No alternatives are listed.</source>
        <translation>Er zijn geen alternatieven opgenomen.</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="148"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="156"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="224"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="236"/>
        <location filename="../checklist_view.py" line="327"/>
        <location filename="../checklist_view.py" line="330"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="241"/>
        <source>Show or hide the introduction</source>
        <translation>Inleiding tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="248"/>
        <source>Documents to ask for</source>
        <translation>Op te vragen stukken</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="275"/>
        <source>Ticks are kept until you close Toegang. Print or export a PDF to keep a record.</source>
        <translation>Vinkjes blijven staan tot u Toegang afsluit. Druk af of exporteer een PDF om ze vast te leggen.</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="281"/>
        <source>Export PDF…</source>
        <translation>Exporteren als PDF…</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="283"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="285"/>
        <location filename="../checklist_view.py" line="335"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="294"/>
        <location filename="../checklist_view.py" line="324"/>
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="295"/>
        <location filename="../checklist_view.py" line="325"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="296"/>
        <location filename="../checklist_view.py" line="326"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="328"/>
        <source>Checklist items</source>
        <translation>Checklistpunten</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="329"/>
        <source>Details of the chosen item</source>
        <translation>Details van het gekozen punt</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="331"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="332"/>
        <source>Ticks are kept</source>
        <translation>Vinkjes blijven staan</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="333"/>
        <source>Export PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="334"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="390"/>
        <source>There is no checklist for this work form yet.</source>
        <translation>Er is nog geen checklist voor deze werkvorm.</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="416"/>
        <source>Double-click or press Enter to read the article</source>
        <translation>Dubbelklik of druk op Enter om het artikel te lezen</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="458"/>
        <source>%1 of %2 ticked</source>
        <translation>%1 van %2 afgevinkt</translation>
    </message>
    <message>
        <location filename="../checklist_view.py" line="518"/>
        <source>Export checklist as PDF</source>
        <translation>Checklist exporteren als PDF</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../exercise.py" line="53"/>
        <source>Risk factors you see</source>
        <translation>Risicofactoren die u ziet</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="74"/>
        <source>Compare with the model answer</source>
        <translation>Vergelijken met het modelantwoord</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="78"/>
        <source>Classification</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="79"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="109"/>
        <source>For the factors you ticked, the worksheet&apos;s rules propose: %1, %2.</source>
        <translation>Voor de aangevinkte factoren stellen de regels van het werkblad voor: %1, %2.</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="129"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="130"/>
        <source>Your answer</source>
        <translation>Uw antwoord</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="131"/>
        <source>Model answer</source>
        <translation>Modelantwoord</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="132"/>
        <source>Read</source>
        <translation>Lees</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="149"/>
        <source>Your assessment matches the model answer.</source>
        <translation>Uw beoordeling komt overeen met het modelantwoord.</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="151"/>
        <source>%1 difference(s) with the model answer, highlighted below.</source>
        <translation>%1 verschil(len) met het modelantwoord, hieronder gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="155"/>
        <source>The model answer rests on</source>
        <translation>Het modelantwoord steunt op</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="156"/>
        <source>Your assessment and the model answer</source>
        <translation>Uw beoordeling en het modelantwoord</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="219"/>
        <source>Exercise: %1</source>
        <translation>Oefening: %1</translation>
    </message>
    <message>
        <location filename="../exercise.py" line="235"/>
        <source>Change my answers</source>
        <translation>Mijn antwoorden wijzigen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../pdf_export.py" line="55"/>
        <source>%1 — %2 — content version %3</source>
        <translation>%1 — %2 — inhoudsversie %3</translation>
    </message>
    <message>
        <location filename="../pdf_export.py" line="117"/>
        <source>The output cannot be opened.</source>
        <translation>Het uitvoerbestand kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../pdf_export.py" line="144"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../pdf_export.py" line="165"/>
        <location filename="../record_view.py" line="64"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../printing.py" line="24"/>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../article_view.py" line="171"/>
        <location filename="../article_view.py" line="172"/>
        <source>Find in article</source>
        <translation>Zoeken in artikel</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="174"/>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="175"/>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="176"/>
        <source>Close find</source>
        <translation>Zoeken sluiten</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="180"/>
        <source>Match count</source>
        <translation>Aantal treffers</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="451"/>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="453"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../glossary_view.py" line="56"/>
        <source>Filter the glossary</source>
        <translation>Begrippenlijst filteren</translation>
    </message>
    <message>
        <location filename="../glossary_view.py" line="59"/>
        <source>Glossary terms</source>
        <translation>Begrippen</translation>
    </message>
    <message>
        <location filename="../glossary_view.py" line="60"/>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <location filename="../glossary_view.py" line="104"/>
        <source>Also: %1</source>
        <translation>Ook: %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../i18n.py" line="71"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="72"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>&amp;Rebuild search index</source>
        <translation>Zoekindex opnieuw o&amp;pbouwen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <location filename="../main_window.py" line="542"/>
        <source>Loading the content…</source>
        <translation>Inhoud wordt geladen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="718"/>
        <source>Rebuilding the search index…</source>
        <translation>Zoekindex wordt opnieuw opgebouwd…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="727"/>
        <source>The search index has been rebuilt.</source>
        <translation>De zoekindex is opnieuw opgebouwd.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="389"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>The settings file %1 was damaged. It has been kept as %2, and Toegang uses its default settings: bookmarks, recent articles, zoom and window size start afresh.</source>
        <translation>Het instellingenbestand %1 was beschadigd. Het is bewaard als %2 en Toegang gebruikt de standaardinstellingen: bladwijzers, recente artikelen, zoom en venstergrootte beginnen opnieuw.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>The settings file %1 is damaged and could not be set aside (%2). Toegang uses its default settings.</source>
        <translation>Het instellingenbestand %1 is beschadigd en kon niet apart worden gezet (%2). Toegang gebruikt de standaardinstellingen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>The settings file %1 could not be read (%2). Toegang uses its default settings.</source>
        <translation>Het instellingenbestand %1 kon niet worden gelezen (%2). Toegang gebruikt de standaardinstellingen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>Settings not used</source>
        <translation>Instellingen niet gebruikt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="392"/>
        <source>&amp;Find in article…</source>
        <translation>Zoeken in &amp;artikel…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="394"/>
        <source>Find &amp;previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Book&amp;mark this article</source>
        <translation>&amp;Bladwijzer voor dit artikel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>&amp;Export article as PDF…</source>
        <translation>Artikel &amp;exporteren als PDF…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>&amp;Print article…</source>
        <translation>Artikel &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>&amp;Checklists…</source>
        <translation>&amp;Checklists…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>&amp;Quit</source>
        <translation>Afs&amp;luiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>&amp;About Toegang</source>
        <translation>&amp;Over Toegang</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="415"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="416"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="417"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <location filename="../main_window.py" line="421"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="422"/>
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="424"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>Glossary</source>
        <translation>Begrippen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="433"/>
        <source>Navigation panels</source>
        <translation>Navigatiepanelen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="435"/>
        <location filename="../main_window.py" line="790"/>
        <source>Content version %1</source>
        <translation>Inhoudsversie %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>Content version</source>
        <translation>Inhoudsversie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <source>Show article in %1</source>
        <translation>Artikel tonen in: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="515"/>
        <source>No bookmarks yet: Ctrl+D bookmarks the open article.</source>
        <translation>Nog geen bladwijzers: Ctrl+D zet een bladwijzer bij het open artikel.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="519"/>
        <source>The articles you open are listed here.</source>
        <translation>De artikelen die u opent, staan hier.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="564"/>
        <source>There is no article %1.</source>
        <translation>Er is geen artikel %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="691"/>
        <source>Settings could not be saved: %1</source>
        <translation>Instellingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>Export article as PDF</source>
        <translation>Artikel exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="758"/>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="787"/>
        <source>About Toegang</source>
        <translation>Over Toegang</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../presentation.py" line="47"/>
        <source>The model answer is hidden. Press R or click “Reveal model answer”.</source>
        <translation>Het modelantwoord is verborgen. Druk op R of klik op “Modelantwoord tonen”.</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="96"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="97"/>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="98"/>
        <source>Presenter view</source>
        <translation>Presentatorweergave</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="271"/>
        <source>Reveal model answer (R)</source>
        <translation>Modelantwoord tonen (R)</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="274"/>
        <source>Slide %1 of %2 — arrows or space to move, Esc to leave, P for the presenter view</source>
        <translation>Dia %1 van %2 — pijltjes of spatie om te bladeren, Esc om te stoppen, P voor de presentatorweergave</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="287"/>
        <source> (model answer, hidden)</source>
        <translation> (modelantwoord, verborgen)</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="298"/>
        <source>No notes for this slide.</source>
        <translation>Geen notities bij deze dia.</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="310"/>
        <source>End of the presentation.</source>
        <translation>Einde van de presentatie.</translation>
    </message>
    <message>
        <location filename="../presentation.py" line="318"/>
        <source>%1 — elapsed %2</source>
        <translation>%1 — verstreken %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="328"/>
        <source>Opening the search index…</source>
        <translation>Zoekindex wordt geopend…</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="332"/>
        <source>Building the search index…</source>
        <translation>Zoekindex wordt opgebouwd…</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="336"/>
        <source>The search index cannot be opened (%1); using simple search.</source>
        <translation>De zoekindex kan niet worden geopend (%1); er wordt eenvoudig gezocht.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="342"/>
        <source>The search index could not be rebuilt: %1</source>
        <translation>De zoekindex kon niet opnieuw worden opgebouwd: %1</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="349"/>
        <source>Did you mean %1?</source>
        <translation>Bedoelt u %1?</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="353"/>
        <source>Search suggestion</source>
        <translation>Zoeksuggestie</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="357"/>
        <source>Search index progress</source>
        <translation>Voortgang zoekindex</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="324"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="362"/>
        <source>Search failed: %1</source>
        <translation>Zoeken mislukt: %1</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="366"/>
        <source>Type to search all articles.</source>
        <translation>Typ om in alle artikelen te zoeken.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="368"/>
        <source>No articles found.</source>
        <translation>Geen artikelen gevonden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../search_panel.py" line="369"/>
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n artikel gevonden.</numerusform>
            <numerusform>%n artikelen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="373"/>
        <source>Search (Ctrl+K)</source>
        <translation>Zoeken (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="377"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="381"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="385"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="391"/>
        <source>All sections</source>
        <translation>Alle secties</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="392"/>
        <source>All audiences</source>
        <translation>Alle doelgroepen</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="393"/>
        <source>Both languages</source>
        <translation>Beide talen</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="404"/>
        <source>Section filter</source>
        <translation>Filter op sectie</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="405"/>
        <source>Audience filter</source>
        <translation>Filter op doelgroep</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="406"/>
        <source>Language filter</source>
        <translation>Filter op taal</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../i18n.py" line="49"/>
        <source>Wwft and customer due diligence</source>
        <translation>Wwft en cliëntenonderzoek</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="50"/>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="51"/>
        <source>Income and evidence</source>
        <translation>Inkomen en bewijs</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="52"/>
        <source>Opting-in</source>
        <translation>Opting-in</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="53"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="54"/>
        <source>Legal texts</source>
        <translation>Wetteksten</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="55"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../record_view.py" line="46"/>
        <source>Worksheet record %1</source>
        <translation>Werkbladverslag %1</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="82"/>
        <source>Seal verified (SHA-256 %1)</source>
        <translation>Zegel gecontroleerd (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="86"/>
        <source>Seal</source>
        <translation>Zegel</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="91"/>
        <source>Decision record</source>
        <translation>Besluitverslag</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="94"/>
        <location filename="../worksheet_wizard.py" line="549"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="96"/>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="98"/>
        <source>Export Markdown…</source>
        <translation>Markdown exporteren…</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="100"/>
        <source>Export HTML…</source>
        <translation>HTML exporteren…</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="102"/>
        <location filename="../worksheet_wizard.py" line="979"/>
        <source>Start review</source>
        <translation>Herbeoordeling starten</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="124"/>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../record_view.py" line="131"/>
        <source>Export the record</source>
        <translation>Het verslag exporteren</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="22"/>
        <source>low risk</source>
        <translation>laag risico</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="23"/>
        <source>standard risk</source>
        <translation>standaard risico</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="24"/>
        <source>high risk</source>
        <translation>hoog risico</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="31"/>
        <source>simplified due diligence</source>
        <translation>vereenvoudigd cliëntenonderzoek</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="32"/>
        <source>standard due diligence</source>
        <translation>standaard cliëntenonderzoek</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="33"/>
        <source>enhanced due diligence</source>
        <translation>verscherpt cliëntenonderzoek</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="42"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="43"/>
        <source>Accept with conditions</source>
        <translation>Accepteren onder voorwaarden</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="46"/>
        <source>Ask for more information</source>
        <translation>Meer informatie vragen</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="49"/>
        <source>Escalate</source>
        <translation>Escaleren</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="50"/>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="57"/>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="58"/>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="59"/>
        <source>geography</source>
        <translation>geografie</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="60"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="72"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="77"/>
        <source>Proposed classification</source>
        <translation>Voorgestelde classificatie</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="81"/>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="85"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="88"/>
        <source>Risk factors</source>
        <translation>Risicofactoren</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="100"/>
        <source>Proposed: %1, %2; proposed decision: %3 (score %4)</source>
        <translation>Voorstel: %1, %2; voorgesteld besluit: %3 (score %4)</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="115"/>
        <source>A knock-out factor decides on its own: %1</source>
        <translation>Een knock-outfactor beslist zelfstandig: %1</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="121"/>
        <source>Signs of exploitation: escalate, never an automatic decline.</source>
        <translation>Signalen van uitbuiting: escaleren, nooit automatisch weigeren.</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="130"/>
        <source>No risk factors found yet.</source>
        <translation>Geen risicofactoren gevonden (nog).</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="142"/>
        <source>Open the article: %1</source>
        <translation>Open het artikel: %1</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="42"/>
        <location filename="../worksheet_wizard.py" line="189"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="43"/>
        <location filename="../worksheet_wizard.py" line="190"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="44"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="51"/>
        <source>Provided</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="52"/>
        <source>Alternative</source>
        <translation>Alternatief</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="53"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="54"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="97"/>
        <source>Help: %1</source>
        <translation>Hulp: %1</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="112"/>
        <location filename="../worksheet_pages.py" line="470"/>
        <location filename="../worksheet_wizard.py" line="160"/>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="117"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="232"/>
        <location filename="../worksheet_pages.py" line="284"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="234"/>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="290"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="291"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="292"/>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="293"/>
        <source>Done by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="337"/>
        <source>Choose the work form and product first: the checklist follows.</source>
        <translation>Kies eerst werkvorm en product: de checklist volgt daaruit.</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="343"/>
        <location filename="../worksheet_pages.py" line="344"/>
        <source>Other document</source>
        <translation>Ander document</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="345"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="347"/>
        <source>Add other document</source>
        <translation>Ander document toevoegen</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="352"/>
        <source>Show the checklist…</source>
        <translation>Checklist tonen…</translation>
    </message>
    <message>
        <location filename="../worksheet_pages.py" line="355"/>
        <source>Show the checklist</source>
        <translation>Checklist tonen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="106"/>
        <source>complete</source>
        <translation>compleet</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="107"/>
        <location filename="../worksheet_wizard.py" line="903"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="108"/>
        <location filename="../worksheet_wizard.py" line="905"/>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="109"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="139"/>
        <location filename="../worksheet_wizard.py" line="195"/>
        <location filename="../worksheet_wizard.py" line="666"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="148"/>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="154"/>
        <source>Signs of exploitation</source>
        <translation>Signalen van uitbuiting</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="170"/>
        <location filename="../worksheet_wizard.py" line="198"/>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="171"/>
        <location filename="../worksheet_wizard.py" line="202"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="173"/>
        <source>Override the proposed classification</source>
        <translation>Afwijken van de voorgestelde classificatie</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="180"/>
        <location filename="../worksheet_wizard.py" line="211"/>
        <source>Reason for the override</source>
        <translation>Reden van de afwijking</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="207"/>
        <source>Classification instead</source>
        <translation>Classificatie in plaats daarvan</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="213"/>
        <source>Decline ground</source>
        <translation>Weigeringsgrond</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="216"/>
        <source>Was a basic payment account considered?</source>
        <translation>Is een basisbetaalrekening overwogen?</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="220"/>
        <source>Basic payment account: note</source>
        <translation>Basisbetaalrekening: toelichting</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="224"/>
        <source>Officer: name</source>
        <translation>Beoordelaar: naam</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="228"/>
        <source>Officer: role</source>
        <translation>Beoordelaar: functie</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="244"/>
        <source>What the rules still ask:</source>
        <translation>Wat de regels nog vragen:</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="250"/>
        <source>Problems with the decision</source>
        <translation>Problemen met het besluit</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="338"/>
        <source>The engine proposes: %1 (%2).</source>
        <translation>Voorgesteld: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="344"/>
        <source>Signs of exploitation (%1): escalate; answer the reporting question.</source>
        <translation>Signalen van uitbuiting (%1): escaleren; beantwoord de meldvraag.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="354"/>
        <source>Nothing: ready.</source>
        <translation>Niets: klaar.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="367"/>
        <location filename="../worksheet_wizard.py" line="681"/>
        <source>Four-eyes review</source>
        <translation>Vier-ogencontrole</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="379"/>
        <source>Why a review is needed</source>
        <translation>Waarom een tweede beoordeling nodig is</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="387"/>
        <source>Agree</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="388"/>
        <source>Send back</source>
        <translation>Terugsturen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="389"/>
        <location filename="../worksheet_wizard.py" line="395"/>
        <source>Reviewer&apos;s note</source>
        <translation>Toelichting van de tweede beoordelaar</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="392"/>
        <source>Reviewer: name</source>
        <translation>Tweede beoordelaar: naam</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="393"/>
        <source>Reviewer: role</source>
        <translation>Tweede beoordelaar: functie</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="394"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="396"/>
        <source>Reviewed at</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="443"/>
        <source>A second person must review this decision: %1.</source>
        <translation>Een tweede persoon moet dit besluit beoordelen: %1.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="449"/>
        <source>No second review is required for this decision (yet).</source>
        <translation>Voor dit besluit is (nog) geen tweede beoordeling nodig.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="511"/>
        <source>Table of contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="539"/>
        <source>&amp;Back</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="540"/>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="541"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="553"/>
        <source>What blocks finalising</source>
        <translation>Wat afronden tegenhoudt</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="575"/>
        <source>Help and articles</source>
        <translation>Hulp en artikelen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="605"/>
        <source>Draft made with worksheet version %1; now version %2.</source>
        <translation>Concept gemaakt met werkbladversie %1; nu versie %2.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="616"/>
        <source>Read-only: the draft is open in another Toegang; nothing is saved.</source>
        <translation>Alleen lezen: het concept is geopend in een andere Toegang; er wordt niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="635"/>
        <source>Give the officer&apos;s name and role.</source>
        <translation>Vul naam en functie van de beoordelaar in.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="743"/>
        <source>The draft could not be saved: %1</source>
        <translation>Het concept kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="791"/>
        <source>There is no article %1.</source>
        <translation>Er is geen artikel %1.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="859"/>
        <source>Finalised and sealed: %1</source>
        <translation>Afgerond en verzegeld: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../worksheet_wizard.py" line="875"/>
        <source>This worksheet cannot be finalised yet (%n problem(s)):</source>
        <translation>
            <numerusform>Dit werkblad kan nog niet worden afgerond (%n probleem):</numerusform>
            <numerusform>Dit werkblad kan nog niet worden afgerond (%n problemen):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="908"/>
        <source>Go to: %1 — %2 (%3)</source>
        <translation>Ga naar: %1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="960"/>
        <source>Worksheets</source>
        <translation>Werkbladen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="967"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="968"/>
        <source>Records</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="969"/>
        <source>Reviews due</source>
        <translation>Herbeoordelingen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="975"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="976"/>
        <source>Resume</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="977"/>
        <source>Discard draft</source>
        <translation>Concept weggooien</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="978"/>
        <source>Open record</source>
        <translation>Verslag openen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="980"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1034"/>
        <source>%1 — %2 — due %3</source>
        <translation>%1 — %2 — uiterlijk %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../worksheet_wizard.py" line="1040"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1067"/>
        <source>Discard this draft? It cannot be undone.</source>
        <translation>Dit concept weggooien? Dat kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1097"/>
        <source>Worksheet passphrase</source>
        <translation>Wachtwoordzin voor werkbladen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1099"/>
        <source>New passphrase (kept in memory only, never stored):</source>
        <translation>Nieuwe wachtwoordzin (alleen in het geheugen, nooit opgeslagen):</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1103"/>
        <source>Worksheets are protected. Passphrase:</source>
        <translation>Werkbladen zijn beveiligd. Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1111"/>
        <source>Repeat the passphrase:</source>
        <translation>Herhaal de wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1115"/>
        <source>The passphrases differ.</source>
        <translation>De wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1125"/>
        <source>Draft in use</source>
        <translation>Concept in gebruik</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1127"/>
        <source>Open in another Toegang: %1 on %2 (process %3, %4).</source>
        <translation>Geopend in een andere Toegang: %1 op %2 (proces %3, %4).</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1136"/>
        <source>Open it read-only, or take it over?</source>
        <translation>Alleen-lezen openen, of overnemen?</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1139"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1143"/>
        <source>Take over</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1160"/>
        <source>Unfinished worksheet</source>
        <translation>Onafgerond werkblad</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1162"/>
        <source>An unfinished worksheet was found: %1, client %2, last saved %3.</source>
        <translation>Er is een onafgerond werkblad gevonden: %1, cliënt %2, laatst opgeslagen %3.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1170"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1173"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1176"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1234"/>
        <source>W&amp;orksheet</source>
        <translation>Wer&amp;kblad</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1236"/>
        <source>&amp;New worksheet…</source>
        <translation>&amp;Nieuw werkblad…</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1237"/>
        <source>&amp;Open or resume…</source>
        <translation>&amp;Openen of verdergaan…</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1238"/>
        <source>Open record &amp;file…</source>
        <translation>Verslag&amp;bestand openen…</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1239"/>
        <source>&amp;Reviews due…</source>
        <translation>&amp;Herbeoordelingen…</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1242"/>
        <source>&amp;Protect worksheets with a passphrase</source>
        <translation>Werkbladen be&amp;veiligen met een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1287"/>
        <source>The passphrase does not open %1. Nothing was changed.</source>
        <translation>De wachtwoordzin opent %1 niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1323"/>
        <source>There are no worksheets.</source>
        <translation>Er zijn geen werkbladen.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1329"/>
        <source>New worksheet</source>
        <translation>Nieuw werkblad</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1330"/>
        <source>Worksheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1348"/>
        <location filename="../worksheet_wizard.py" line="1440"/>
        <source>The worksheet %1 of this draft is not available.</source>
        <translation>Het werkblad %1 van dit concept is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1427"/>
        <source>Open a worksheet record</source>
        <translation>Een werkbladverslag openen</translation>
    </message>
    <message>
        <location filename="../worksheet_wizard.py" line="1429"/>
        <source>Records (*.json)</source>
        <translation>Verslagen (*.json)</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../workshop.py" line="90"/>
        <source>Answer sheet: %1</source>
        <translation>Antwoordblad: %1</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="126"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="127"/>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="128"/>
        <source>P&amp;resent</source>
        <translation>P&amp;resenteren</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="130"/>
        <source>Start e&amp;xercise</source>
        <translation>O&amp;efening starten</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="133"/>
        <location filename="../workshop.py" line="340"/>
        <source>Export &amp;handout…</source>
        <translation>&amp;Hand-out exporteren…</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="193"/>
        <source>Item %1 of %2, planned %3 min</source>
        <translation>Onderdeel %1 van %2, gepland %3 min</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="202"/>
        <source>No trainer notes.</source>
        <translation>Geen notities voor de trainer.</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="220"/>
        <source>%1 min behind the plan</source>
        <translation>%1 min achter op het plan</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="224"/>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="227"/>
        <source>Elapsed %1 of %2 (this item %3 of %4 min); planned start of this item %5: %6</source>
        <translation>Verstreken %1 van %2 (dit onderdeel %3 van %4 min); geplande start van dit onderdeel %5: %6</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="287"/>
        <source>Export handout as PDF</source>
        <translation>Hand-out exporteren als pdf</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="301"/>
        <source>Saved the handout %1 and the answer sheet %2.</source>
        <translation>Hand-out %1 en antwoordblad %2 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="336"/>
        <source>&amp;Workshop</source>
        <translation>W&amp;orkshop</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="337"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentatie</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="338"/>
        <source>&amp;Exercise…</source>
        <translation>&amp;Oefening…</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="339"/>
        <source>Workshop &amp;plan…</source>
        <translation>Wor&amp;kshopplan…</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="366"/>
        <source>Open an article or case first, then start the presentation.</source>
        <translation>Open eerst een artikel of casus en start dan de presentatie.</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="390"/>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="391"/>
        <source>Case:</source>
        <translation>Casus:</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="409"/>
        <source>There is no workshop plan in the content.</source>
        <translation>De inhoud bevat geen workshopplan.</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="416"/>
        <source>Workshop plan</source>
        <translation>Workshopplan</translation>
    </message>
    <message>
        <location filename="../workshop.py" line="417"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
</context>
</TS>
