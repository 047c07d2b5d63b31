<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <source>Board</source>
        <comment>{n} d</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <comment>Won {date}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <comment>Lost {date}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <comment>Overdue {date}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <comment>Next {date}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <comment>Stale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <comment>No next step</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardSource</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
