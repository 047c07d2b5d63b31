<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Uusi liidi…</translation>
    </message>
    <message>
        <source>Create a lead</source>
        <translation>Luo uusi liidi</translation>
    </message>
    <message>
        <source>&amp;Quick capture…</source>
        <translation>&amp;Pikakirjaus…</translation>
    </message>
    <message>
        <source>Capture trade-show visitors one after another</source>
        <translation>Kirjaa messukävijät nopeasti yksi toisensa jälkeen</translation>
    </message>
    <message>
        <source>&amp;Plan follow-ups for an event…</source>
        <translation>&amp;Suunnittele tapahtuman seurannat…</translation>
    </message>
    <message>
        <source>Follow-ups for the leads captured at a trade show</source>
        <translation>Seurannat messuilla kirjatuille liideille</translation>
    </message>
    <message>
        <source>Add a &amp;referral…</source>
        <translation>Lisää &amp;suosittelu…</translation>
    </message>
    <message>
        <source>A referred person and their lead in one step</source>
        <translation>Suositeltu henkilö ja hänen liidinsä yhdellä kertaa</translation>
    </message>
    <message>
        <source>&amp;Import sheet…</source>
        <translation>&amp;Tuo taulukko…</translation>
    </message>
    <message>
        <source>Import leads from Excel or CSV</source>
        <translation>Tuo liidejä Excelistä tai CSV-tiedostosta</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Export what is shown to Excel or CSV</source>
        <translation>Vie näkyvät tiedot Exceliin tai CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Export per &amp;owner…</source>
        <translation>Vie &amp;myyjittäin…</translation>
    </message>
    <message>
        <source>Write one workbook per sales rep with their leads and follow-ups</source>
        <translation>Kirjoita kullekin myyjälle oma työkirja hänen liideistään ja seurannoistaan</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Lisää &amp;seuranta…</translation>
    </message>
    <message>
        <source>Plan a call, e-mail, meeting, visit or task</source>
        <translation>Suunnittele soitto, sähköposti, tapaaminen, käynti tai tehtävä</translation>
    </message>
    <message>
        <source>Automatic &amp;next steps…</source>
        <translation>Automaattiset &amp;jatkotoimet…</translation>
    </message>
    <message>
        <source>Rules that plan follow-ups by themselves</source>
        <translation>Säännöt, jotka suunnittelevat seurannat itsestään</translation>
    </message>
    <message>
        <source>Export follow-ups to &amp;calendar (.ics)…</source>
        <translation>Vie seurannat &amp;kalenteriin (.ics)…</translation>
    </message>
    <message>
        <source>Export open follow-ups to a calendar file for your phone</source>
        <translation>Vie avoimet seurannat kalenteritiedostoon puhelinta varten</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Lataa &amp;esimerkkidata</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Team members…</source>
        <translation>&amp;Myyjät…</translation>
    </message>
    <message>
        <source>Add, rename or deactivate the people who sell</source>
        <translation>Lisää, nimeä uudelleen tai poista käytöstä myyjiä</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Näin pääset alkuun</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About SalesDesk</source>
        <translation>&amp;Tietoja SalesDeskistä</translation>
    </message>
</context>
</TS>
