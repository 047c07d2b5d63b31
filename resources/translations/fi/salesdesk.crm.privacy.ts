<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Privacy</name>
    <message>
        <source>Contact {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up (erased contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased contact {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
