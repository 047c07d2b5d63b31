<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Backup</name>
    <message>
        <source>Backups are made of SQLite files; back up a server database with its own tools.</source>
        <translation>Varmuuskopio tehdään SQLite-tiedostosta; palvelintietokanta varmuuskopioidaan sen omilla työkaluilla.</translation>
    </message>
    <message>
        <source>The file name is too long: {path}</source>
        <translation>Tiedoston nimi on liian pitkä: {path}</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: it is read-only or you lack permission.</source>
        <translation>Kansioon {folder} ei voi kirjoittaa: se on vain luku -tilassa tai sinulla ei ole siihen oikeuksia.</translation>
    </message>
    <message>
        <source>Not enough disk space in {folder}; nothing was changed.</source>
        <translation>Levytila ei riitä kohteessa {folder}; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored; nothing was changed.</source>
        <translation>{path} on vioittunut eikä sitä voi palauttaa; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{path} was made by a newer SalesDesk (schema {revision}); update SalesDesk to restore it.</source>
        <translation>{path} on tehty uudemmalla SalesDeskillä (skeema {revision}); päivitä SalesDesk, niin voit palauttaa sen.</translation>
    </message>
    <message>
        <source>{path} already exists; use --force to replace it.</source>
        <translation>{path} on jo olemassa; korvaa se valitsimella --force.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>The database is in use by another program (a SalesDesk window, an import); close it and restore again.</source>
        <translation>Tietokanta on toisen ohjelman käytössä (SalesDesk-ikkuna tai tuonti); sulje se ja palauta uudelleen.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Varmuuskopiota {path} ei voitu kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>{path} exists and is not a SalesDesk backup; it was not replaced.</source>
        <translation>{path} on jo olemassa eikä se ole SalesDeskin varmuuskopio; sitä ei korvattu.</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>Varmuuskopiotiedostoa {path} ei löydy.</translation>
    </message>
    <message>
        <source>{path} is not a SalesDesk backup.</source>
        <translation>{path} ei ole SalesDeskin varmuuskopio.</translation>
    </message>
</context>
</TS>
