<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Scoring</name>
    <message>
        <source>Score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and temperature weights come from your own win rates ({count} closed leads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard weights: your own win rates are used once {needed} leads are closed ({count} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage} ({p} % win probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact data complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact data: missing {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity in the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
