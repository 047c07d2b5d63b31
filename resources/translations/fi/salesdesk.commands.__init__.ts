<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Database</name>
    <message>
        <source>Waiting for another SalesDesk window or command to finish…</source>
        <translation>Odotetaan, että toinen SalesDesk-ikkuna tai -komento valmistuu…</translation>
    </message>
</context>
</TS>
