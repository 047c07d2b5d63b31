<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON-muodossa</translation>
    </message>
    <message>
        <source>Leads: {count}</source>
        <translation>Liidejä: {count}</translation>
    </message>
    <message>
        <source>print the funnel&apos;s figures</source>
        <translation>tulosta myyntiputken luvut</translation>
    </message>
</context>
</TS>
