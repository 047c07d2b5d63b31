<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Followups</name>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Huomenna</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tällä viikolla</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <source>Unknown period {due}: use overdue, today, week or all.</source>
        <translation>Tuntematon jakso {due}: käytä overdue, today, week tai all.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Seurantaa ei enää ole.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>Seuranta on jo suljettu.</translation>
    </message>
    <message>
        <source>{kind} done: {title}</source>
        <translation>{kind} tehty: {title}</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minuuttia</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 tunti</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Huomenaamuna</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Ensi viikolla</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Valitse aika…</translation>
    </message>
    <message>
        <source>Pick the time to snooze until.</source>
        <translation>Valitse, mihin asti seuranta siirretään.</translation>
    </message>
    <message>
        <source>Snooze until a time in the future.</source>
        <translation>Siirrä seuranta tulevaan ajankohtaan.</translation>
    </message>
    <message>
        <source>Unknown snooze choice: {choice}</source>
        <translation>Tuntematon siirtovalinta: {choice}</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Kesto ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation>Joka arkipäivä</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Joka päivä</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Joka viikko</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Joka kuukausi</translation>
    </message>
    <message>
        <source>Every {n} days</source>
        <translation>{n} päivän välein</translation>
    </message>
    <message>
        <source>Every {n} weeks</source>
        <translation>{n} viikon välein</translation>
    </message>
    <message>
        <source>Every {n} months</source>
        <translation>{n} kuukauden välein</translation>
    </message>
    <message>
        <source>First contact: {name}</source>
        <translation>Ensikontakti: {name}</translation>
    </message>
    <message>
        <source>Lead: {title}</source>
        <translation>Liidi: {title}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Yhteyshenkilö: {name}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Puhelin: {phone}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Myyjä: {name}</translation>
    </message>
    <message>
        <source>SalesDesk follow-ups</source>
        <translation>SalesDesk-seurannat</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Tiedostoon {path} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>Unknown kind of follow-up: {kind}</source>
        <translation>Tuntematon seurannan tyyppi: {kind}</translation>
    </message>
    <message>
        <source>Unknown repeat rule: {repeat}</source>
        <translation>Tuntematon toistosääntö: {repeat}</translation>
    </message>
    <message>
        <source>Repeat every 1 to 365 periods.</source>
        <translation>Toistoväli on 1–365 jaksoa.</translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and a week.</source>
        <translation>Keston pitää olla 0 minuutin ja viikon väliltä.</translation>
    </message>
    <message>
        <source>Give the follow-up a title.</source>
        <translation>Anna seurannalle otsikko.</translation>
    </message>
</context>
</TS>
