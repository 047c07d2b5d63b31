<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>LeadForm</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: event, list, campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, fair 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to find a contact, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact who referred this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact “{name}” is created when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the contact of this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: {name}[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact of this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the referrer from the list of contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this lead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage for this in the funnel settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a lead number: lead:ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
