<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SalesDesk</source>
        <translation>Tietoja SalesDeskistä</translation>
    </message>
    <message>
        <source>SalesDesk</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>A fast, offline sales workstation: every lead on a funnel board, no forgotten follow-up, every referral credited, and Excel in and out without losing anyone.</source>
        <translation>Nopea myyjän työpöytä, joka toimii ilman verkkoa: jokainen liidi myyntiputkessa, yksikään seuranta ei unohdu, jokainen suosittelu kirjataan suosittelijalle ja Excelit kulkevat sisään ja ulos kenenkään katoamatta.</translation>
    </message>
</context>
</TS>
