<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Database</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Polussa {path} ei ole tietokantaa.</translation>
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
