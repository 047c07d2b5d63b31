<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Export</name>
    <message>
        <source>No stage called {name}. The stages are: {known}.</source>
        <extracomment>Rows fetched from the database per round trip. How often (rows) progress is reported and the cancel flag looked at.</extracomment>
        <translation>Vaihetta {name} ei ole. Vaiheet ovat: {known}.</translation>
    </message>
    <message>
        <source>me</source>
        <translation>minä</translation>
    </message>
    <message>
        <source>No sales rep called {name}. The reps are: {known}.</source>
        <translation>Myyjää {name} ei ole. Myyjät ovat: {known}.</translation>
    </message>
    <message>
        <source>No lead source called {name}. The sources are: {known}.</source>
        <translation>Liidilähdettä {name} ei ole. Lähteet ovat: {known}.</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>Liidi ID</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Yhteystieto ID</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Arvioitu päätös</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Lämpötila</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Lähdetyyppi</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Lead notes</source>
        <translation>Liidin lisätiedot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>Sähköposti 2</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seurannat</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Ei listalla</translation>
    </message>
    <message>
        <source>Pick a value from the list.</source>
        <translation>Valitse arvo listalta.</translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file, not {name}.</source>
        <translation>Vie .xlsx- tai .csv-tiedostoon, ei tiedostoon {name}.</translation>
    </message>
    <message>
        <source>Choose at least one list to export.</source>
        <translation>Valitse vähintään yksi vietävä lista.</translation>
    </message>
    <message>
        <source>A .csv file holds one list; export several lists to a .xlsx file.</source>
        <translation>CSV-tiedostoon mahtuu yksi lista; vie useampi lista .xlsx-tiedostoon.</translation>
    </message>
</context>
</TS>
