<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>New augmentation examples</source>
            <translation>[·Néw àügméñtàtîöñ éxàmplés~~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>access</name>
        <message>
            <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
            <translation>[·Àrröw kéys stép ît, Pàgé Üp àñd Pàgé Döwñ tàké bîggér stéps~~~~~~~~~~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>Up and Down choose</source>
            <translation>[·Üp àñd Döwñ çhöösé~~~~·]</translation>
        </message>
        <message>
            <source>Type a value, then Enter</source>
            <translation>[·Typé à vàlüé, théñ Éñtér~~~~~~·]</translation>
        </message>
        <message>
            <source>Enter switches it on or off</source>
            <translation>[·Éñtér swîtçhés ît öñ ör öff~~~~~~~·]</translation>
        </message>
        <message>
            <source>Enter presses it</source>
            <translation>[·Éñtér préssés ît~~~·]</translation>
        </message>
        <message>
            <source>curve</source>
            <translation>[·çürvé·]</translation>
        </message>
        <message>
            <source>{name} {value} at {x}</source>
            <translation>[·{name} {value} àt {x}·]</translation>
        </message>
        <message>
            <source>map from {low} to {high}</source>
            <translation>[·màp fröm {low} tö {high}~~·]</translation>
        </message>
        <message>
            <source>Nothing drawn yet</source>
            <translation>[·Nöthîñg dràwñ yét~~~·]</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>[·Plöt·]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[·Stàtüs·]</translation>
        </message>
        <message>
            <source>{name} value</source>
            <translation>[·{name} vàlüé·]</translation>
        </message>
    </context>
</TS>
