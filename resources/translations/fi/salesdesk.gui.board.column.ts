<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Board</name>
    <message>
        <source>{amount} (+{n} other currencies)</source>
        <translation>{amount} (+{n} muuta valuuttaa)</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>Collapse this column</source>
        <translation>Pienennä sarake</translation>
    </message>
    <message>
        <source>+ New lead</source>
        <translation>+ Uusi liidi</translation>
    </message>
    <message>
        <source>Quick-create a lead in {stage}</source>
        <translation>Luo liidi nopeasti vaiheeseen {stage}</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>Liidin otsikko</translation>
    </message>
    <message>
        <source>Contact name (Enter saves)</source>
        <translation>Yhteyshenkilön nimi (Enter tallentaa)</translation>
    </message>
    <message>
        <source>{n} leads</source>
        <translation>{n} liidiä</translation>
    </message>
    <message>
        <source>{name}: win probability {p} %, stale after {d} days</source>
        <translation>{name}: voiton todennäköisyys {p} %, jumissa {d} päivän jälkeen</translation>
    </message>
    <message>
        <source>Weighted {weighted}</source>
        <translation>Painotettu {weighted}</translation>
    </message>
    <message>
        <source>Total value {total}; weighted by the stage&apos;s {p} % probability: {weighted}</source>
        <translation>Yhteisarvo {total}; vaiheen {p} %:n todennäköisyydellä painotettuna {weighted}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} myöhässä</translation>
    </message>
    <message>
        <source>{n} stale</source>
        <translation>{n} jumissa</translation>
    </message>
    <message>
        <source>All on track</source>
        <translation>Kaikki aikataulussa</translation>
    </message>
    <message>
        <source>{n} with an overdue follow-up</source>
        <translation>{n}:lla myöhässä oleva seuranta</translation>
    </message>
    <message>
        <source>{n} stale: no activity for {d} days and nothing planned ahead</source>
        <translation>{n} jumissa: ei tapahtumia {d} päivään eikä mitään suunniteltuna</translation>
    </message>
    <message>
        <source>{n} without a next step</source>
        <translation>{n} ilman seuraavaa askelta</translation>
    </message>
    <message>
        <source>Won in total</source>
        <translation>Voitettu yhteensä</translation>
    </message>
    <message>
        <source>Lost in total</source>
        <translation>Hävitty yhteensä</translation>
    </message>
    <message>
        <source>Total value of the closes shown</source>
        <translation>Näytettyjen kauppojen yhteisarvo</translation>
    </message>
    <message>
        <source>Last {n} days</source>
        <translation>Viim. {n} päivää</translation>
    </message>
    <message>
        <source>Closed in the last {n} days</source>
        <translation>Suljettu viimeisten {n} päivän aikana</translation>
    </message>
</context>
</TS>
