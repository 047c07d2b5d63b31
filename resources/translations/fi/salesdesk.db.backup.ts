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
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Varmuuskopiota {path} ei voitu kirjoittaa: {reason}</translation>
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
