<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AwayDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Sillä välin kun olit poissa</translation>
    </message>
    <message>
        <source>{n} follow-ups came due since {when}.</source>
        <translation>{n} seurantaa erääntyi {when} jälkeen.</translation>
    </message>
    <message>
        <source>Double-click to open the lead</source>
        <translation>Avaa liidi kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <source>They are also in the notification list, with Open, Done and Snooze.</source>
        <translation>Ne ovat myös ilmoituslistalla, jossa voit avata, kuitata tehdyksi tai siirtää ne.</translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>Avaa seurannat</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>No reminders. Due follow-ups appear here.</source>
        <translation>Ei muistutuksia. Erääntyvät seurannat näkyvät tässä.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Tehty…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Torkuta</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Poista listalta</translation>
    </message>
    <message>
        <source>Remove from this list; the follow-up stays in the agenda</source>
        <translation>Poista tältä listalta; seuranta jää seurantoihin</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tyhjennä</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Show notifications</source>
        <translation>Näytä ilmoitukset</translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>Avaa seurannat</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Ilmoitukset</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seuranta erääntyi</translation>
    </message>
    <message>
        <source>{n} follow-ups due</source>
        <translation>{n} seurantaa erääntyi</translation>
    </message>
    <message>
        <source>Welcome back: {n} follow-ups came due meanwhile.</source>
        <translation>Tervetuloa takaisin: {n} seurantaa erääntyi sillä välin.</translation>
    </message>
</context>
</TS>
