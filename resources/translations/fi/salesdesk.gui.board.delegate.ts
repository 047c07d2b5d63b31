<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Board</name>
    <message>
        <source>Stale</source>
        <translation>Jumissa</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Ei seuraavaa askelta</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} pv</translation>
    </message>
    <message>
        <source>Won {date}</source>
        <translation>Voitettu {date}</translation>
    </message>
    <message>
        <source>Lost {date}</source>
        <translation>Hävitty {date}</translation>
    </message>
    <message>
        <source>Overdue {date}</source>
        <translation>Myöhässä {date}</translation>
    </message>
    <message>
        <source>Next {date}</source>
        <translation>Seuraava {date}</translation>
    </message>
</context>
<context>
    <name>BoardSource</name>
    <message>
        <source>Referral</source>
        <translation>Suositus</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Messut</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Verkko</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Some</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaari</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Mainos</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Lisämyynti</translation>
    </message>
    <message>
        <source>Revived</source>
        <translation>Herätetty</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
</TS>
