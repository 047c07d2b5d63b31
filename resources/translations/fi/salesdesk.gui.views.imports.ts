<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>Every import batch, with undo.</source>
        <translation>Jokainen tuontierä, ja tuonnin kumoaminen.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Imports</source>
        <translation>Tuonnit</translation>
    </message>
</context>
</TS>
