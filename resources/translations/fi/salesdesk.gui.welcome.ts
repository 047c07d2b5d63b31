<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SalesDesk</source>
        <translation>Tervetuloa SalesDeskiin</translation>
    </message>
    <message>
        <source>Your database is empty. Bring in the leads you already have from an Excel or CSV sheet, or look around first with realistic demo data.</source>
        <translation>Tietokantasi on tyhjä. Tuo jo olemassa olevat liidisi Excel- tai CSV-taulukosta, tai tutustu ensin ohjelmaan esimerkkidatan avulla.</translation>
    </message>
    <message>
        <source>Import a sheet…</source>
        <translation>Tuo taulukko…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Lataa esimerkkidata</translation>
    </message>
    <message>
        <source>Demo data can be removed later by starting with a new database file.</source>
        <translation>Esimerkkidatasta pääsee eroon aloittamalla myöhemmin uudella tietokantatiedostolla.</translation>
    </message>
</context>
</TS>
