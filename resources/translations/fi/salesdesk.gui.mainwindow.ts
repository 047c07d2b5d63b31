<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>MainWindow</name>
    <message>
        <source>Search leads and contacts (Ctrl+F)</source>
        <translation>Hae liidejä ja yhteystietoja (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show toolbar</source>
        <translation>Näytä työkalurivi</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Tietokanta: {name}</translation>
    </message>
    <message>
        <source>This view cannot be searched; showing leads instead.</source>
        <translation>Tästä näkymästä ei voi hakea; näytetään liidit.</translation>
    </message>
    <message>
        <source>{leads} leads · {contacts} contacts · {followups} open follow-ups</source>
        <translation>{leads} liidiä · {contacts} yhteystietoa · {followups} avointa seurantaa</translation>
    </message>
    <message>
        <source>This feature is coming soon.</source>
        <translation>Tämä toiminto on tulossa pian.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Varmuuskopio tallennettu: {path}</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Lataa esimerkkidata</translation>
    </message>
    <message>
        <source>The database already has data. Add demo leads to it anyway?</source>
        <translation>Tietokannassa on jo tietoja. Lisätäänkö esimerkkiliidit silti?</translation>
    </message>
    <message>
        <source>Creating demo leads…</source>
        <translation>Luodaan esimerkkiliidejä…</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Esimerkkidata ladattu.</translation>
    </message>
</context>
</TS>
