<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>Who refers the most and the best, and who still needs a thank-you.</source>
        <translation>Kuka suosittelee eniten ja parhaiten, ja kuka odottaa vielä kiitosta.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Referrals</source>
        <translation>Suosittelut</translation>
    </message>
</context>
</TS>
