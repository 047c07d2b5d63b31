<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Stages</name>
    <message>
        <source>That funnel stage no longer exists.</source>
        <translation>Tätä myyntiputken vaihetta ei enää ole.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Vaihe tarvitsee nimen.</translation>
    </message>
    <message>
        <source>A stage name can be at most 80 characters.</source>
        <translation>Vaiheen nimessä voi olla enintään 80 merkkiä.</translation>
    </message>
    <message>
        <source>There is already a stage called {name}.</source>
        <translation>Vaihe nimeltä {name} on jo olemassa.</translation>
    </message>
    <message>
        <source>The probability is a percentage from 0 to 100.</source>
        <translation>Todennäköisyys on prosentti väliltä 0–100.</translation>
    </message>
    <message>
        <source>&apos;Stale after&apos; is a number of days from 0 to 3650.</source>
        <translation>”Jumissa, kun” on päivien määrä 0–3650.</translation>
    </message>
    <message>
        <source>Unknown stage kind: {kind}</source>
        <translation>Tuntematon vaiheen laji: {kind}</translation>
    </message>
    <message>
        <source>The list of stages changed meanwhile. Open the dialog again.</source>
        <translation>Vaiheiden luettelo muuttui sillä välin. Avaa ikkuna uudelleen.</translation>
    </message>
    <message>
        <source>The funnel needs at least one open stage.</source>
        <translation>Myyntiputkessa on oltava ainakin yksi avoin vaihe.</translation>
    </message>
    <message>
        <source>Choose the stage where the {count} leads of {name} go.</source>
        <translation>Valitse vaihe, johon vaiheen {name} {count} liidiä siirretään.</translation>
    </message>
    <message>
        <source>Stage {name} was deleted</source>
        <translation>Vaihe {name} poistettiin</translation>
    </message>
    <message>
        <source>A stage cannot be both kept and deleted.</source>
        <translation>Vaihetta ei voi sekä säilyttää että poistaa.</translation>
    </message>
    <message>
        <source>Two stages cannot have the same name.</source>
        <translation>Kahdella vaiheella ei voi olla samaa nimeä.</translation>
    </message>
</context>
</TS>
