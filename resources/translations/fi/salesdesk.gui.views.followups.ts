<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>Your agenda: overdue, today, tomorrow, this week and later.</source>
        <translation>Oma agendasi: myöhässä, tänään, huomenna, tällä viikolla ja myöhemmin.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seurannat</translation>
    </message>
</context>
</TS>
