<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Database</name>
    <message>
        <source>Waiting for another SalesDesk window or command to finish…</source>
        <translation>Odotetaan, että toinen SalesDesk-ikkuna tai -komento valmistuu…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Lopeta odotus</translation>
    </message>
    <message>
        <source>SalesDesk</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>You stopped waiting: nothing was changed. Try again when the other one has finished.</source>
        <translation>Lopetit odotuksen eikä mitään muutettu. Yritä uudelleen, kun toinen on valmis.</translation>
    </message>
</context>
</TS>
