<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>LeadTable</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
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
        <source>Decision date</source>
        <translation>Päätöspäivä</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Lämpötila</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>Lähteen tarkenne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
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
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimeisin toiminta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Select one or more leads first.</source>
        <translation>Valitse ensin yksi tai useampi liidi.</translation>
    </message>
    <message>
        <source>Choose at least one owner.</source>
        <translation>Valitse vähintään yksi omistaja.</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>Vaihetta ei enää ole.</translation>
    </message>
</context>
</TS>
