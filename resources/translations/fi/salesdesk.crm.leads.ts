<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Leads</name>
    <message>
        <source>{stage} is not a won stage.</source>
        <translation>{stage} ei ole voitettujen vaihe.</translation>
    </message>
    <message>
        <source>Ask {name} for a referral</source>
        <translation>Pyydä suosittelua: {name}</translation>
    </message>
    <message>
        <source>{stage} is not a lost stage.</source>
        <translation>{stage} ei ole hävittyjen vaihe.</translation>
    </message>
    <message>
        <source>Unknown lost reason: {reason}</source>
        <translation>Tuntematon häviön syy: {reason}</translation>
    </message>
    <message>
        <source>The value of the deal cannot be negative.</source>
        <translation>Kaupan arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The close date cannot be in the future.</source>
        <translation>Kaupan päivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Valitse, miksi kauppa hävittiin.</translation>
    </message>
    <message>
        <source>Give a revisit date for a deal lost to a competitor.</source>
        <translation>Anna uusintakäynnin päivä kaupalle, joka hävittiin kilpailijalle.</translation>
    </message>
    <message>
        <source>The revisit date must be after the close date.</source>
        <translation>Paluupäivän pitää olla kaupan päivän jälkeen.</translation>
    </message>
    <message>
        <source>Revisit {name}: bought from a competitor</source>
        <translation>Palaa asiaan: {name} osti kilpailijalta</translation>
    </message>
    <message>
        <source>Only a lost lead can be revived.</source>
        <translation>Vain hävityn liidin voi herättää henkiin.</translation>
    </message>
</context>
</TS>
