<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Money</name>
    <message>
        <source>“{value}” is not an amount of money</source>
        <extracomment>The largest amount a 64-bit cents column holds.</extracomment>
        <translation>”{value}” ei ole rahasumma</translation>
    </message>
    <message>
        <source>“{value}” is too large to be an amount of money</source>
        <translation>”{value}” on liian suuri rahasummaksi</translation>
    </message>
    <message>
        <source>“{value}” is below zero; an amount here cannot be negative</source>
        <translation>”{value}” on alle nollan; summa ei voi tässä olla negatiivinen</translation>
    </message>
</context>
</TS>
