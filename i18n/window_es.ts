<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>New augmentation examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter switches it on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter presses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} at {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
