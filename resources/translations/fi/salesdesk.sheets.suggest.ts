<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Import</name>
    <message>
        <source>The sheet&apos;s title says “{text}”.</source>
        <translation>Taulukon otsikossa lukee ”{text}”.</translation>
    </message>
    <message>
        <source>The file&apos;s name says “{text}”.</source>
        <translation>Tiedoston nimessä lukee ”{text}”.</translation>
    </message>
    <message>
        <source>The columns are a company list&apos;s ({columns}).</source>
        <translation>Sarakkeet ovat yrityslistan sarakkeita ({columns}).</translation>
    </message>
</context>
</TS>
