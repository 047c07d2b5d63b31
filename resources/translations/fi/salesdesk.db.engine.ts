<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Database</name>
    <message>
        <source>Not a valid database address: {target}</source>
        <translation>Virheellinen tietokannan osoite: {target}</translation>
    </message>
    <message>
        <source>Only SQLite files and PostgreSQL servers are supported, not {name}.</source>
        <translation>Vain SQLite-tiedostot ja PostgreSQL-palvelimet ovat tuettuja, ei {name}.</translation>
    </message>
    <message>
        <source>The database file name is too long for the file system: {path}</source>
        <translation>Tietokantatiedoston nimi on liian pitkä tiedostojärjestelmälle: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>Tietokantatiedostoa {path} ei voitu lukea: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a SalesDesk database file.</source>
        <translation>{path} ei ole SalesDeskin tietokantatiedosto.</translation>
    </message>
    <message>
        <source>The database {name} is locked by another program.</source>
        <translation>Tietokanta {name} on toisen ohjelman lukitsema.</translation>
    </message>
    <message>
        <source>Cannot open the database {name}: {reason}</source>
        <translation>Tietokantaa {name} ei voitu avata: {reason}</translation>
    </message>
</context>
</TS>
