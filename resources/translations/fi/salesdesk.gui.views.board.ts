<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>One column per funnel stage, a card per lead, moved by drag and drop.</source>
        <translation>Sarake jokaiselle myyntivaiheelle, kortti jokaiselle liidille – siirrä vetämällä.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Board</source>
        <translation>Myyntiputki</translation>
    </message>
</context>
</TS>
