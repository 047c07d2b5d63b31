<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>file or folder to write (default: the rotating backups folder)</source>
        <translation>kirjoitettava tiedosto tai kansio (oletus: automaattisten varmuuskopioiden kansio)</translation>
    </message>
    <message>
        <source>replace DEST if it is an earlier SalesDesk backup</source>
        <translation>korvaa DEST, jos se on aiempi SalesDeskin varmuuskopio</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Varmuuskopio tallennettu: {path}</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>varmuuskopioi tietokanta</translation>
    </message>
</context>
</TS>
