<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>attack</name>
        <message>
            <source>attack {kind!r}: allowed {names}</source>
            <translation>[·àttàçk {kind!r}: àllöwéd {names}~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>regviz: error: {problem}</source>
            <translation>[·régvîz: érrör: {problem}~~~·]</translation>
        </message>
        <message>
            <source>regviz: stopped by a second {signal} before the files were written; the output folder keeps what it held</source>
            <translation>[·régvîz: stöppéd by à séçöñd {signal} béföré thé fîlés wéré wrîttéñ; thé öütpüt földér kééps whàt ît héld~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>--robustness {text!r}: expected numbers separated by commas, e.g. 0,0.1,0.2</source>
            <translation>[·--röbüstñéss {text!r}: éxpéçtéd ñümbérs sépàràtéd by çömmàs, é.g. 0,0.1,0.2~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>--robustness {text!r}: give at least one ε, e.g. 0,0.1,0.2</source>
            <translation>[·--röbüstñéss {text!r}: gîvé àt léàst öñé ε, é.g. 0,0.1,0.2~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>--robustness {text!r}: each ε must be in 0 … 1</source>
            <translation>[·--röbüstñéss {text!r}: éàçh ε müst bé îñ 0 … 1~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>--attack {text!r}: a comma-separated list of fgsm, pgd</source>
            <translation>[·--àttàçk {text!r}: à çömmà-sépàràtéd lîst öf fgsm, pgd~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>regviz: interrupted ({signal}) before training started; nothing was written</source>
            <translation>[·régvîz: îñtérrüptéd ({signal}) béföré tràîñîñg stàrtéd; ñöthîñg wàs wrîttéñ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>regviz: interrupted ({signal}) {done}; what ran is in {out} (its summary says "interrupted": true)</source>
            <translation>[·régvîz: îñtérrüptéd ({signal}) {done}; whàt ràñ îs îñ {out} (îts sümmàry sàys "îñtérrüptéd": trüé)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>--robustness: applies to classification; data.name {data_name!r} is a regression</source>
            <translation>[·--röbüstñéss: àpplîés tö çlàssîfîçàtîöñ; dàtà.ñàmé {data_name!r} îs à régréssîöñ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>at step {step:,} of {steps:,}</source>
            <translation>[·àt stép {step:,} öf {steps:,}~~·]</translation>
        </message>
        <message>
            <source>regviz: the loss diverged (became NaN or infinite) by step {step:,}; training stopped there. Lower training.lr (now {lr:g}) or the penalty λ and run again. metrics.csv and summary.json are in {out}.</source>
            <translation>[·régvîz: thé löss dîvérgéd (béçàmé NàN ör îñfîñîté) by stép {step:,}; tràîñîñg stöppéd théré. Löwér tràîñîñg.lr (ñöw {lr:g}) ör thé péñàlty λ àñd rüñ àgàîñ. métrîçs.çsv àñd sümmàry.jsöñ àré îñ {out}.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{name}: train MSE {train:.4f}, test MSE {test:.4f}, test R² {score:.3f} -&gt; {out}</source>
            <translation>[·{name}: tràîñ MSÉ {train:.4f}, tést MSÉ {test:.4f}, tést R² {score:.3f} -&gt; {out}~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{name}: train loss {train:.4f}, test loss {test:.4f}, test accuracy {score:.1%} -&gt; {out}</source>
            <translation>[·{name}: tràîñ löss {train:.4f}, tést löss {test:.4f}, tést àççüràçy {score:.1%} -&gt; {out}~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>--values: give at least one value, e.g. 0,0.001,0.01</source>
            <translation>[·--vàlüés: gîvé àt léàst öñé vàlüé, é.g. 0,0.001,0.01~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>--jobs {jobs}: give 1 or more worker processes</source>
            <translation>[·--jöbs {jobs}: gîvé 1 ör möré wörkér pröçéssés~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{name}: {count} values of {param} -&gt; {out}</source>
            <translation>[·{name}: {count} vàlüés öf {param} -&gt; {out}~~~~~·]</translation>
        </message>
        <message>
            <source>--variant: {problem}</source>
            <translation>[·--vàrîàñt: {problem}~·]</translation>
        </message>
        <message>
            <source>{net} diverged</source>
            <translation>[·{net} dîvérgéd·]</translation>
        </message>
        <message>
            <source>{name}: {count} variants, test loss {finals} -&gt; {out}</source>
            <translation>[·{name}: {count} vàrîàñts, tést löss {finals} -&gt; {out}~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>regviz: the loss of {nets} diverged (became NaN or infinite) by step {step:,}; the race stopped there. Lower training.lr or the penalty λ and run again. compare.csv and each variant's summary.json are in {out}.</source>
            <translation>[·régvîz: thé löss öf {nets} dîvérgéd (béçàmé NàN ör îñfîñîté) by stép {step:,}; thé ràçé stöppéd théré. Löwér tràîñîñg.lr ör thé péñàlty λ àñd rüñ àgàîñ. çömpàré.çsv àñd éàçh vàrîàñt's sümmàry.jsöñ àré îñ {out}.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>--variant {name}: the race writes its own compare.csv there; choose another name</source>
            <translation>[·--vàrîàñt {name}: thé ràçé wrîtés îts öwñ çömpàré.çsv théré; çhöösé àñöthér ñàmé~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>a link</source>
            <translation>[·à lîñk·]</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>[·à fîlé·]</translation>
        </message>
        <message>
            <source>--variant {name}: {where} is {kind}, not a folder the race can write its summary.json into; choose another name or --out</source>
            <translation>[·--vàrîàñt {name}: {where} îs {kind}, ñöt à földér thé ràçé çàñ wrîté îts sümmàry.jsöñ îñtö; çhöösé àñöthér ñàmé ör --öüt~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>--out {out}: cannot write the script there ({reason})</source>
            <translation>[·--öüt {out}: çàññöt wrîté thé sçrîpt théré ({reason})~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{name}: script -&gt; {out}</source>
            <translation>[·{name}: sçrîpt -&gt; {out}~~·]</translation>
        </message>
        <message>
            <source>export-notebook --lesson: a lesson sets its own config; --set is for an experiment</source>
            <translation>[·éxpört-ñötéböök --léssöñ: à léssöñ séts îts öwñ çöñfîg; --sét îs för àñ éxpérîméñt~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>--steps {steps}: expected 0 or more</source>
            <translation>[·--stéps {steps}: éxpéçtéd 0 ör möré~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>--out {out}: cannot write the notebook there ({reason})</source>
            <translation>[·--öüt {out}: çàññöt wrîté thé ñötéböök théré ({reason})~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>{name}: notebook -&gt; {out}</source>
            <translation>[·{name}: ñötéböök -&gt; {out}~~~·]</translation>
        </message>
        <message>
            <source>--lang {option!r}: the lessons speak {languages}</source>
            <translation>[·--làñg {option!r}: thé léssöñs spéàk {languages}~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>--size {size!r}: expected WIDTHxHEIGHT, each {low} … {high} pixels, e.g. 1280x720</source>
            <translation>[·--sîzé {size!r}: éxpéçtéd WÎDTHxHÉÎGHT, éàçh {low} … {high} pîxéls, é.g. 1280x720~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>render-lesson: name one lesson (or a lesson file), or give --all</source>
            <translation>[·réñdér-léssöñ: ñàmé öñé léssöñ (ör à léssöñ fîlé), ör gîvé --àll~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>regviz: interrupted ({signal}) before the first step was rendered; nothing was written</source>
            <translation>[·régvîz: îñtérrüptéd ({signal}) béföré thé fîrst stép wàs réñdéréd; ñöthîñg wàs wrîttéñ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>regviz: interrupted ({signal}); the PNGs of the steps done are in {out}, index.html was not written (summary.json says "interrupted": true)</source>
            <translation>[·régvîz: îñtérrüptéd ({signal}); thé PNGs öf thé stéps döñé àré îñ {out}, îñdéx.html wàs ñöt wrîttéñ (sümmàry.jsöñ sàys "îñtérrüptéd": trüé)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{count} steps -&gt; {out}</source>
            <translation>[·{count} stéps -&gt; {out}~·]</translation>
        </message>
    </context>
    <context>
        <name>csv</name>
        <message>
            <source>{path!r}: not a file name</source>
            <translation>[·{path!r}: ñöt à fîlé ñàmé~~~~·]</translation>
        </message>
        <message>
            <source>{label}: cannot read it ({problem})</source>
            <translation>[·{label}: çàññöt réàd ît ({problem})~~~~~·]</translation>
        </message>
        <message>
            <source>{label}: larger than {megabytes} MB; a data set has at most {max_rows:,} rows</source>
            <translation>[·{label}: làrgér thàñ {megabytes} MB; à dàtà sét hàs àt möst {max_rows:,} röws~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{label}: a binary file, not CSV text (it holds NUL bytes)</source>
            <translation>[·{label}: à bîñàry fîlé, ñöt CSV téxt (ît hölds NÜL bytés)~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}: not UTF-8 text (byte {start}); save the sheet as "CSV UTF-8"</source>
            <translation>[·{label}, röw {row}: ñöt ÜTF-8 téxt (byté {start}); sàvé thé shéét às "CSV ÜTF-8"~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label}: a binary file, not CSV text (it holds NUL characters)</source>
            <translation>[·{label}: à bîñàry fîlé, ñöt CSV téxt (ît hölds NÜL çhàràçtérs)~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {number}: {length:,} characters long; a row of a data set has at most {max_line:,}</source>
            <translation>[·{label}, röw {number}: {length:,} çhàràçtérs löñg; à röw öf à dàtà sét hàs àt möst {max_line:,}~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>{label}: empty; expected a header row x1,x2,label (or x,y) and {min_rows}+ rows</source>
            <translation>[·{label}: émpty; éxpéçtéd à héàdér röw x1,x2,làbél (ör x,y) àñd {min_rows}+ röws~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}: not CSV ({problem})</source>
            <translation>[·{label}, röw {row}: ñöt CSV ({problem})~~~~~·]</translation>
        </message>
        <message>
            <source>{label}: empty; expected a header row x1,x2,label (or x,y)</source>
            <translation>[·{label}: émpty; éxpéçtéd à héàdér röw x1,x2,làbél (ör x,y)~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {header_row}: no header row; the first row must name the columns x1,x2,label (or x,y)</source>
            <translation>[·{label}, röw {header_row}: ñö héàdér röw; thé fîrst röw müst ñàmé thé çölümñs x1,x2,làbél (ör x,y)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label}, row {header_row}: no column {missing!r}; the header must name x1,x2,label (a class per point) or x,y (regression), found {found}</source>
            <translation>[·{label}, röw {header_row}: ñö çölümñ {missing!r}; thé héàdér müst ñàmé x1,x2,làbél (à çlàss pér pöîñt) ör x,y (régréssîöñ), föüñd {found}~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}: more than {max_rows:,} rows; a data set has at most {max_rows:,} points</source>
            <translation>[·{label}, röw {row}: möré thàñ {max_rows:,} röws; à dàtà sét hàs àt möst {max_rows:,} pöîñts~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column {name!r}: missing ({values} values, the header names {columns}; separator {delimiter!r})</source>
            <translation>[·{label}, röw {row}, çölümñ {name!r}: mîssîñg ({values} vàlüés, thé héàdér ñàmés {columns}; sépàràtör {delimiter!r})~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}: {values} values, the header names {columns} (a decimal comma in a comma-separated file? quote the numbers or separate by ';')</source>
            <translation>[·{label}, röw {row}: {values} vàlüés, thé héàdér ñàmés {columns} (à déçîmàl çömmà îñ à çömmà-sépàràtéd fîlé? qüöté thé ñümbérs ör sépàràté by ';')~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}: {values} values, the header names {columns}</source>
            <translation>[·{label}, röw {row}: {values} vàlüés, thé héàdér ñàmés {columns}~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>{label}: {rows} rows of data; a data set needs at least {min_rows}</source>
            <translation>[·{label}: {rows} röws öf dàtà; à dàtà sét ñééds àt léàst {min_rows}~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column {column!r}: empty; every point needs a number there</source>
            <translation>[·{label}, röw {row}, çölümñ {column!r}: émpty; évéry pöîñt ñééds à ñümbér théré~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column {column!r}: {text!r} is not a finite number</source>
            <translation>[·{label}, röw {row}, çölümñ {column!r}: {text!r} îs ñöt à fîñîté ñümbér~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column {column!r}: {text!r} is not a number</source>
            <translation>[·{label}, röw {row}, çölümñ {column!r}: {text!r} îs ñöt à ñümbér~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column {column!r}: {text!r} is too large (not a finite number)</source>
            <translation>[·{label}, röw {row}, çölümñ {column!r}: {text!r} îs töö làrgé (ñöt à fîñîté ñümbér)~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column 'label': empty; every point needs its class</source>
            <translation>[·{label}, röw {row}, çölümñ 'làbél': émpty; évéry pöîñt ñééds îts çlàss~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column 'label': {text!r} is not a class name (at most {max_name} characters, one line)</source>
            <translation>[·{label}, röw {row}, çölümñ 'làbél': {text!r} îs ñöt à çlàss ñàmé (àt möst {max_name} çhàràçtérs, öñé lîñé)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>{label}, column 'label': every point has the class {name!r}; a classifier needs two classes or more (at most {max_classes})</source>
            <translation>[·{label}, çölümñ 'làbél': évéry pöîñt hàs thé çlàss {name!r}; à çlàssîfîér ñééds twö çlàssés ör möré (àt möst {max_classes})~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column 'label': {text!r} is not a class; whole-number labels are the classes 0 … {last}</source>
            <translation>[·{label}, röw {row}, çölümñ 'làbél': {text!r} îs ñöt à çlàss; whölé-ñümbér làbéls àré thé çlàssés 0 … {last}~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{label}, column 'label': no point has class {absent}; whole-number labels are the classes 0 … K−1, each with a point</source>
            <translation>[·{label}, çölümñ 'làbél': ñö pöîñt hàs çlàss {absent}; whölé-ñümbér làbéls àré thé çlàssés 0 … K−1, éàçh wîth à pöîñt~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{label}, row {row}, column 'label': {text!r} is not a class; the file names {max_classes} already ({names}), the most a data set has</source>
            <translation>[·{label}, röw {row}, çölümñ 'làbél': {text!r} îs ñöt à çlàss; thé fîlé ñàmés {max_classes} àlréàdy ({names}), thé möst à dàtà sét hàs~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>data</name>
        <message>
            <source>data.validation_fraction = {fraction:g}: {n} training examples are too few to hold some out</source>
            <translation>[·dàtà.vàlîdàtîöñ_fràçtîöñ = {fraction:g}: {n} tràîñîñg éxàmplés àré töö féw tö höld sömé öüt~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>{name} is missing or incomplete in {folder!r} ({why}). regviz never downloads data: copy the whole torchvision {name} folder there.</source>
            <translation>[·{name} îs mîssîñg ör îñçömplété îñ {folder!r} ({why}). régvîz ñévér döwñlöàds dàtà: çöpy thé whölé törçhvîsîöñ {name} földér théré.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>{path} is not a regular file</source>
            <translation>[·{path} îs ñöt à régülàr fîlé~~~~~~·]</translation>
        </message>
        <message>
            <source>{kind}: {problem}</source>
            <translation>[·{kind}: {problem}·]</translation>
        </message>
        <message>
            <source>its files hold {images:,} images of {shape} and {labels:,} labels, not images of {expected} each with a class 0–{last}</source>
            <translation>[·îts fîlés höld {images:,} îmàgés öf {shape} àñd {labels:,} làbéls, ñöt îmàgés öf {expected} éàçh wîth à çlàss 0–{last}~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>data.train_size + data.test_size = {total}: this data set has {examples} examples</source>
            <translation>[·dàtà.tràîñ_sîzé + dàtà.tést_sîzé = {total}: thîs dàtà sét hàs {examples} éxàmplés~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
    </context>
    <context>
        <name>experiment_line</name>
        <message>
            <source>experiment line: {length:,} characters with the data set's {points:,} points, over the {max_line:,} a line may have — share the session instead (File ▸ Save session)</source>
            <translation>[·éxpérîméñt lîñé: {length:,} çhàràçtérs wîth thé dàtà sét's {points:,} pöîñts, övér thé {max_line:,} à lîñé mày hàvé — shàré thé séssîöñ îñstéàd (Fîlé ▸ Sàvé séssîöñ)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>not a regviz experiment line (it starts with {prefix!r})</source>
            <translation>[·ñöt à régvîz éxpérîméñt lîñé (ît stàrts wîth {prefix!r})~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>experiment line: {length:,} characters; a regviz line has at most {max_line:,}</source>
            <translation>[·éxpérîméñt lîñé: {length:,} çhàràçtérs; à régvîz lîñé hàs àt möst {max_line:,}~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>experiment line version {version!r}; this regviz reads version {latest}</source>
            <translation>[·éxpérîméñt lîñé vérsîöñ {version!r}; thîs régvîz réàds vérsîöñ {latest}~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>experiment line: damaged (copy the whole line, nothing added)</source>
            <translation>[·éxpérîméñt lîñé: dàmàgéd (çöpy thé whölé lîñé, ñöthîñg àddéd)~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>experiment line: inflates to more than {max_json:,} bytes</source>
            <translation>[·éxpérîméñt lîñé: îñflàtés tö möré thàñ {max_json:,} bytés~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>experiment line: cut short (copy the whole line)</source>
            <translation>[·éxpérîméñt lîñé: çüt shört (çöpy thé whölé lîñé)~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>experiment line: something follows its data (copy the line alone, nothing added)</source>
            <translation>[·éxpérîméñt lîñé: söméthîñg föllöws îts dàtà (çöpy thé lîñé àlöñé, ñöthîñg àddéd)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>experiment line: damaged (not UTF-8 inside)</source>
            <translation>[·éxpérîméñt lîñé: dàmàgéd (ñöt ÜTF-8 îñsîdé)~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>experiment line</source>
            <translation>[·éxpérîméñt lîñé~~·]</translation>
        </message>
        <message>
            <source>a one-line experiment</source>
            <translation>[·à öñé-lîñé éxpérîméñt~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>a folder</source>
            <translation>[·à földér·]</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>[·à ñàméd pîpé (FÎFÖ)~~~~·]</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>[·à çhàràçtér dévîçé~~~~·]</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>[·à blöçk dévîçé~~·]</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>[·à söçkét·]</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>[·ñöt à régülàr fîlé~~~~·]</translation>
        </message>
        <message>
            <source>{label}: {kind}, not a file — regviz reads only regular files</source>
            <translation>[·{label}: {kind}, ñöt à fîlé — régvîz réàds öñly régülàr fîlés~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{label}: no such file</source>
            <translation>[·{label}: ñö süçh fîlé~~·]</translation>
        </message>
        <message>
            <source>{label}: cannot read it ({problem})</source>
            <translation>[·{label}: çàññöt réàd ît ({problem})~~~~~·]</translation>
        </message>
        <message>
            <source>{label}: larger than {megabytes} MB — not a file regviz wrote or reads</source>
            <translation>[·{label}: làrgér thàñ {megabytes} MB — ñöt à fîlé régvîz wröté ör réàds~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{label}: cannot read it (not UTF-8 text: {reason} at byte {start})</source>
            <translation>[·{label}: çàññöt réàd ît (ñöt ÜTF-8 téxt: {reason} àt byté {start})~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label}: not valid JSON (line {line}: {problem})</source>
            <translation>[·{label}: ñöt vàlîd JSÖN (lîñé {line}: {problem})~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label}: nested too deeply (more than {max_depth} levels)</source>
            <translation>[·{label}: ñéstéd töö dééply (möré thàñ {max_depth} lévéls)~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{label}: holds a number with thousands of digits</source>
            <translation>[·{label}: hölds à ñümbér wîth thöüsàñds öf dîgîts~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{target_name}: nothing was written</source>
            <translation>[·{target_name}: ñöthîñg wàs wrîttéñ~~~~~·]</translation>
        </message>
        <message>
            <source>{path_name}: {kind}, not a regular file — refused, nothing was written</source>
            <translation>[·{path_name}: {kind}, ñöt à régülàr fîlé — réfüséd, ñöthîñg wàs wrîttéñ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>[·à FÎFÖ (ñàméd pîpé)~~~~·]</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>[·à dévîçé·]</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>[·à spéçîàl fîlé~~·]</translation>
        </message>
    </context>
    <context>
        <name>images</name>
        <message>
            <source>{path_name} is {width:,} × {height:,} pixels: too large to open (at most {millions} million pixels); save a smaller copy</source>
            <translation>[·{path_name} îs {width:,} × {height:,} pîxéls: töö làrgé tö öpéñ (àt möst {millions} mîllîöñ pîxéls); sàvé à smàllér çöpy~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{path_name}: too large to open safely (Pillow's decompression-bomb limit); save a smaller copy</source>
            <translation>[·{path_name}: töö làrgé tö öpéñ sàfély (Pîllöw's déçömpréssîöñ-bömb lîmît); sàvé à smàllér çöpy~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{path_name}: no such file</source>
            <translation>[·{path_name}: ñö süçh fîlé~~·]</translation>
        </message>
        <message>
            <source>{path_name} is not an image regviz can read (PNG, JPEG, BMP, GIF, TIFF, WebP)</source>
            <translation>[·{path_name} îs ñöt àñ îmàgé régvîz çàñ réàd (PNG, JPÉG, BMP, GÎF, TÎFF, WébP)~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{path_name} could not be read as an image: {problem}</source>
            <translation>[·{path_name} çöüld ñöt bé réàd às àñ îmàgé: {problem}~~~~~~ ~~~·]</translation>
        </message>
    </context>
    <context>
        <name>lessons</name>
        <message>
            <source>language {language!r}: expected a language code such as 'de' (two or three letters a–z)</source>
            <translation>[·làñgüàgé {language!r}: éxpéçtéd à làñgüàgé çödé süçh às 'dé' (twö ör thréé léttérs à–z)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>markup</name>
        <message>
            <source>the text {text} would be changed</source>
            <translation>[·thé téxt {text} wöüld bé çhàñgéd~~~~~~~·]</translation>
        </message>
        <message>
            <source>the text {text} would be removed</source>
            <translation>[·thé téxt {text} wöüld bé rémövéd~~~~~~~·]</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is markup; it must be plain text</source>
            <translation>[·&lt;{tag}&gt; îs màrküp; ît müst bé plàîñ téxt~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is not allowed (a lesson loads no image or file); lesson text allows {allowed}</source>
            <translation>[·&lt;{tag}&gt; îs ñöt àllöwéd (à léssöñ löàds ñö îmàgé ör fîlé); léssöñ téxt àllöws {allowed}~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is not allowed; lesson text allows {allowed}</source>
            <translation>[·&lt;{tag}&gt; îs ñöt àllöwéd; léssöñ téxt àllöws {allowed}~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>class {bad!r} on &lt;span&gt; is not allowed; a span's class is one of {classes}</source>
            <translation>[·çlàss {bad!r} öñ &lt;span&gt; îs ñöt àllöwéd; à spàñ's çlàss îs öñé öf {classes}~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>the link {value!r} is not allowed; a link must be an https:// address</source>
            <translation>[·thé lîñk {value!r} îs ñöt àllöwéd; à lîñk müst bé àñ https:// àddréss~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>attribute {name!r} on &lt;{tag}&gt; is not allowed; only a span's class and a link's https:// href are</source>
            <translation>[·àttrîbüté {name!r} öñ &lt;{tag}&gt; îs ñöt àllöwéd; öñly à spàñ's çlàss àñd à lîñk's https:// hréf àré~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; would be changed</source>
            <translation>[·&lt;{tag}&gt; wöüld bé çhàñgéd~~~·]</translation>
        </message>
        <message>
            <source>its markup is not well nested near {where} (a tag closed in the wrong order, or one inside &lt;p&gt;?)</source>
            <translation>[·îts màrküp îs ñöt wéll ñéstéd ñéàr {where} (à tàg çlöséd îñ thé wröñg ördér, ör öñé îñsîdé &lt;p&gt;?)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>the polynomial model takes one input (a 1-D data set)</source>
            <translation>[·thé pölyñömîàl mödél tàkés öñé îñpüt (à 1-D dàtà sét)~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>narrator</name>
        <message>
            <source>{first} {second}</source>
            <translation>[·{first} {second}·]</translation>
        </message>
        <message>
            <source>step {step}: {narration}</source>
            <translation>[·stép {step}: {narration}·]</translation>
        </message>
        <message>
            <source>L1</source>
            <translation>[·L1·]</translation>
        </message>
        <message>
            <source>L2</source>
            <translation>[·L2·]</translation>
        </message>
        <message>
            <source>weight decay</source>
            <translation>[·wéîght déçày~·]</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>[·dröpöüt·]</translation>
        </message>
        <message>
            <source>augmentation</source>
            <translation>[·àügméñtàtîöñ~·]</translation>
        </message>
        <message>
            <source>adversarial training</source>
            <translation>[·àdvérsàrîàl tràîñîñg~~~~·]</translation>
        </message>
        <message>
            <source>early stopping</source>
            <translation>[·éàrly stöppîñg~~·]</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>[·{first} àñd {second}·]</translation>
        </message>
        <message>
            <source>{first}, {rest}</source>
            <translation>[·{first}, {rest}·]</translation>
        </message>
        <message>
            <source>{net}: {sentence}</source>
            <translation>[·{net}: {sentence}·]</translation>
        </message>
        <message>
            <source>The loss diverged (became NaN or infinite) by step {step}: lower the learning rate or the penalty.</source>
            <translation>[·Thé löss dîvérgéd (béçàmé NàN ör îñfîñîté) by stép {step}: löwér thé léàrñîñg ràté ör thé péñàlty.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its {points} points.</source>
            <translation>[·Tést löss îs üp sîñçé îts löwést, {steps} stéps àgö, whîlé tràîñîñg löss hàs fàlléñ: thé ñét îs mémörîsîñg îts {points} pöîñts.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its training points.</source>
            <translation>[·Tést löss îs üp sîñçé îts löwést, {steps} stéps àgö, whîlé tràîñîñg löss hàs fàlléñ: thé ñét îs mémörîsîñg îts tràîñîñg pöîñts.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>The gap between train and test loss is {gap:.2f}: {regularizer} is holding.</source>
            <translation>[·Thé gàp bétwééñ tràîñ àñd tést löss îs {gap:.2f}: {regularizer} îs höldîñg.~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{percent:.0f} % of the weights are exactly zero.</source>
            <translation>[·{percent:.0f} % öf thé wéîghts àré éxàçtly zérö.~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Accuracy under the {attack} attack at ε = {epsilon:g}: {percent:.0f} %.</source>
            <translation>[·Àççüràçy üñdér thé {attack} àttàçk àt ε = {epsilon:g}: {percent:.0f} %.~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>The validation loss was lowest at step {best}: early stopping goes back to the net of that step.</source>
            <translation>[·Thé vàlîdàtîöñ löss wàs löwést àt stép {best}: éàrly stöppîñg göés bàçk tö thé ñét öf thàt stép.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>notebook</name>
        <message>
            <source>exporting a notebook needs nbformat: pip install nbformat (the notebook itself then needs torch, numpy and matplotlib only)</source>
            <translation>[·éxpörtîñg à ñötéböök ñééds ñbförmàt: pîp îñstàll ñbförmàt (thé ñötéböök îtsélf théñ ñééds törçh, ñümpy àñd màtplötlîb öñly)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>a race exports as a notebook one variant at a time: choose a single run first</source>
            <translation>[·à ràçé éxpörts às à ñötéböök öñé vàrîàñt àt à tîmé: çhöösé à sîñglé rüñ fîrst~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>training.device = 'cuda': the notebook trains on the CPU, as regviz's numbers do; set training.device to auto or cpu</source>
            <translation>[·tràîñîñg.dévîçé = 'çüdà': thé ñötéböök tràîñs öñ thé CPÜ, às régvîz's ñümbérs dö; sét tràîñîñg.dévîçé tö àütö ör çpü~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>lesson step {number}: a live change of {key} is not one the notebook can make</source>
            <translation>[·léssöñ stép {number}: à lîvé çhàñgé öf {key} îs ñöt öñé thé ñötéböök çàñ màké~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
    </context>
    <context>
        <name>output</name>
        <message>
            <source>--out {out}: cannot use it as the output folder ({reason})</source>
            <translation>[·--öüt {out}: çàññöt üsé ît às thé öütpüt földér ({reason})~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>another regviz run</source>
            <translation>[·àñöthér régvîz rüñ~~~~·]</translation>
        </message>
        <message>
            <source>another regviz run (pid {pid})</source>
            <translation>[·àñöthér régvîz rüñ (pîd {pid})~~~~~~~·]</translation>
        </message>
        <message>
            <source>--out {out}: {who} is writing there; wait for it to finish or choose another --out</source>
            <translation>[·--öüt {out}: {who} îs wrîtîñg théré; wàît för ît tö fîñîsh ör çhöösé àñöthér --öüt~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}; {kept}</source>
            <translation>[·çàññöt wrîté {path}: {reason}; {kept}~~~~·]</translation>
        </message>
        <message>
            <source>the earlier results in {out} are unchanged</source>
            <translation>[·thé éàrlîér résülts îñ {out} àré üñçhàñgéd~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>nothing was written to {out}</source>
            <translation>[·ñöthîñg wàs wrîttéñ tö {out}~~~~~~·]</translation>
        </message>
        <message>
            <source>cannot write {shown}: {reason}; {kept}</source>
            <translation>[·çàññöt wrîté {shown}: {reason}; {kept}~~~~·]</translation>
        </message>
        <message>
            <source>cannot move the new files into {out}: {reason}</source>
            <translation>[·çàññöt mövé thé ñéw fîlés îñtö {out}: {reason}~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{path}: its folder is a link out of {out}</source>
            <translation>[·{path}: îts földér îs à lîñk öüt öf {out}~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>not a run file name: {name!r}</source>
            <translation>[·ñöt à rüñ fîlé ñàmé: {name!r}~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>predict</name>
        <message>
            <source>answer {number} rule: key 'at': {at!r}: a step that does not train is answered by the run as it stands: 'end' only</source>
            <translation>[·àñswér {number} rülé: kéy 'àt': {at!r}: à stép thàt döés ñöt tràîñ îs àñswéréd by thé rüñ às ît stàñds: 'éñd' öñly~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>, step {number} ({title!r})</source>
            <translation>[·, stép {number} ({title!r})~·]</translation>
        </message>
        <message>
            <source>key 'predict': {problem}</source>
            <translation>[·kéy 'prédîçt': {problem}~~~·]</translation>
        </message>
        <message>
            <source>a prediction step that does not train is answered by the run as the earlier steps left it, so it keeps their net: no key {key!r} (or give it 'train')</source>
            <translation>[·à prédîçtîöñ stép thàt döés ñöt tràîñ îs àñswéréd by thé rüñ às thé éàrlîér stéps léft ît, sö ît kééps théîr ñét: ñö kéy {key!r} (ör gîvé ît 'tràîñ')~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>a prediction step that does not train is answered by the run as it stands, and no earlier step trained this net: give this step 'train', or train before it</source>
            <translation>[·à prédîçtîöñ stép thàt döés ñöt tràîñ îs àñswéréd by thé rüñ às ît stàñds, àñd ñö éàrlîér stép tràîñéd thîs ñét: gîvé thîs stép 'tràîñ', ör tràîñ béföré ît~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>expected an object with "question" and "answers"</source>
            <translation>[·éxpéçtéd àñ öbjéçt wîth "qüéstîöñ" àñd "àñswérs"~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>unknown key {key!r}; allowed: question, answers, expected</source>
            <translation>[·üñkñöwñ kéy {key!r}; àllöwéd: qüéstîöñ, àñswérs, éxpéçtéd~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>no list</source>
            <translation>[·ñö lîst·]</translation>
        </message>
        <message>
            <source>key 'answers': expected a list of {min_answers} to {max_answers} answers, not {count}</source>
            <translation>[·kéy 'àñswérs': éxpéçtéd à lîst öf {min_answers} tö {max_answers} àñswérs, ñöt {count}~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>key 'expected': the number of an answer, 1 … {answers}, not {expected!r}</source>
            <translation>[·kéy 'éxpéçtéd': thé ñümbér öf àñ àñswér, 1 … {answers}, ñöt {expected!r}~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>key {key!r}: a non-empty text is required</source>
            <translation>[·kéy {key!r}: à ñöñ-émpty téxt îs réqüîréd~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>key {key!r}: {problem}</source>
            <translation>[·kéy {key!r}: {problem}·]</translation>
        </message>
        <message>
            <source>answer {number}</source>
            <translation>[·àñswér {number}·]</translation>
        </message>
        <message>
            <source>{where}: expected an object with "text" and "rule" (and nothing else)</source>
            <translation>[·{where}: éxpéçtéd àñ öbjéçt wîth "téxt" àñd "rülé" (àñd ñöthîñg élsé)~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{where} text</source>
            <translation>[·{where} téxt·]</translation>
        </message>
        <message>
            <source>{where} rule: {problem}</source>
            <translation>[·{where} rülé: {problem}·]</translation>
        </message>
        <message>
            <source>key {key!r}: expected a finite number, not {value!r}</source>
            <translation>[·kéy {key!r}: éxpéçtéd à fîñîté ñümbér, ñöt {value!r}~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>expected an object with "metric", "variant", "compare" and "than" or "value"</source>
            <translation>[·éxpéçtéd àñ öbjéçt wîth "métrîç", "vàrîàñt", "çömpàré" àñd "thàñ" ör "vàlüé"~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>unknown key {key!r}; allowed: {names}</source>
            <translation>[·üñkñöwñ kéy {key!r}; àllöwéd: {names}~~~~~~·]</translation>
        </message>
        <message>
            <source>key 'metric': {metric!r}; allowed: {names}</source>
            <translation>[·kéy 'métrîç': {metric!r}; àllöwéd: {names}~~~~~~~·]</translation>
        </message>
        <message>
            <source>key 'metric': {metric} needs a validation split (data.validation_fraction &gt; 0)</source>
            <translation>[·kéy 'métrîç': {metric} ñééds à vàlîdàtîöñ splît (dàtà.vàlîdàtîöñ_fràçtîöñ &gt; 0)~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>key 'variant': {variant!r} is not a net of this step's run; allowed: {allowed}</source>
            <translation>[·kéy 'vàrîàñt': {variant!r} îs ñöt à ñét öf thîs stép's rüñ; àllöwéd: {allowed}~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>key 'compare': {compare!r}; allowed: {names}</source>
            <translation>[·kéy 'çömpàré': {compare!r}; àllöwéd: {names}~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>key 'at': {at!r}; allowed: {names} or a step number</source>
            <translation>[·kéy 'àt': {at!r}; àllöwéd: {names} ör à stép ñümbér~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>give exactly one of 'than' (another net) and 'value' (a number)</source>
            <translation>[·gîvé éxàçtly öñé öf 'thàñ' (àñöthér ñét) àñd 'vàlüé' (à ñümbér)~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>key 'than': {than!r} is not another net of this step's run; allowed: {allowed}</source>
            <translation>[·kéy 'thàñ': {than!r} îs ñöt àñöthér ñét öf thîs stép's rüñ; àllöwéd: {allowed}~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>key 'factor': expected a number above 0, not {factor!r}</source>
            <translation>[·kéy 'fàçtör': éxpéçtéd à ñümbér àbövé 0, ñöt {factor!r}~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>key 'epsilon': expected 0 … 1, not {epsilon!r}</source>
            <translation>[·kéy 'épsîlöñ': éxpéçtéd 0 … 1, ñöt {epsilon!r}~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>key 'attack': {attack!r}; allowed: {names}</source>
            <translation>[·kéy 'àttàçk': {attack!r}; àllöwéd: {names}~~~~~~~·]</translation>
        </message>
        <message>
            <source>keys 'epsilon' and 'attack' belong to metric attack_accuracy only</source>
            <translation>[·kéys 'épsîlöñ' àñd 'àttàçk' bélöñg tö métrîç àttàçk_àççüràçy öñly~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{variant}: not measured in this run</source>
            <translation>[·{variant}: ñöt méàsüréd îñ thîs rüñ~~~~~~~·]</translation>
        </message>
        <message>
            <source>{variant}: {value}, {other}: {other_value}</source>
            <translation>[·{variant}: {value}, {other}: {other_value}·]</translation>
        </message>
        <message>
            <source>{variant}: {value}, {other}: {other_value} (× {factor} = {bound})</source>
            <translation>[·{variant}: {value}, {other}: {other_value} (× {factor} = {bound})~~~~·]</translation>
        </message>
        <message>
            <source>{variant}: {value} (the answer says {compare} {bound})</source>
            <translation>[·{variant}: {value} (thé àñswér sàys {compare} {bound})~~~~~~~·]</translation>
        </message>
        <message>
            <source>{percent:.1f} %</source>
            <translation>[·{percent:.1f} %·]</translation>
        </message>
        <message>
            <source>step {step:,.0f}</source>
            <translation>[·stép {step:,.0f}·]</translation>
        </message>
        <message>
            <source>{where}: expected an object with keys {names}</source>
            <translation>[·{where}: éxpéçtéd àñ öbjéçt wîth kéys {names}~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{where}: key {key!r}: expected a text of at most {max_text} characters</source>
            <translation>[·{where}: kéy {key!r}: éxpéçtéd à téxt öf àt möst {max_text} çhàràçtérs~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{where}: key {key!r}: {problem}</source>
            <translation>[·{where}: kéy {key!r}: {problem}~·]</translation>
        </message>
        <message>
            <source>{where}: key {key!r}: expected a whole number {low} … {high}, not {value!r}</source>
            <translation>[·{where}: kéy {key!r}: éxpéçtéd à whölé ñümbér {low} … {high}, ñöt {value!r}~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{where}: key 'answers': expected a list of {min_answers} to {max_answers} texts</source>
            <translation>[·{where}: kéy 'àñswérs': éxpéçtéd à lîst öf {min_answers} tö {max_answers} téxts~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{where}: key {key!r}: expected a list of {n} (one per answer)</source>
            <translation>[·{where}: kéy {key!r}: éxpéçtéd à lîst öf {n} (öñé pér àñswér)~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{where}: key 'holds': expected true, false or null per answer</source>
            <translation>[·{where}: kéy 'hölds': éxpéçtéd trüé, fàlsé ör ñüll pér àñswér~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>unknown preset {name!r}; presets: {names}</source>
            <translation>[·üñkñöwñ prését {name!r}; préséts: {names}~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>preset {name}: {problem}</source>
            <translation>[·prését {name}: {problem}~·]</translation>
        </message>
    </context>
    <context>
        <name>race</name>
        <message>
            <source>variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, digits, -, _ or ., not starting with .; 'none:' for the experiment as it is)</source>
            <translation>[·vàrîàñt {text!r}: wrîté NÀMÉ:KÉY=VÀLÜÉ,… (à ñàmé öf léttérs, dîgîts, -, _ ör ., ñöt stàrtîñg wîth .; 'ñöñé:' för thé éxpérîméñt às ît îs)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>variant {text!r}: {part!r} is not KEY=VALUE</source>
            <translation>[·vàrîàñt {text!r}: {part!r} îs ñöt KÉY=VÀLÜÉ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>a race has 2 to {max_variants} variants, not {count}</source>
            <translation>[·à ràçé hàs 2 tö {max_variants} vàrîàñts, ñöt {count}~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>variant {name!r}: the name is used twice</source>
            <translation>[·vàrîàñt {name!r}: thé ñàmé îs üséd twîçé~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>variant {name!r}: {problem}</source>
            <translation>[·vàrîàñt {name!r}: {problem}~·]</translation>
        </message>
        <message>
            <source>variant {name!r}: variants race from one start, so they keep the data, batch size and seed of the experiment (set those for every variant)</source>
            <translation>[·vàrîàñt {name!r}: vàrîàñts ràçé fröm öñé stàrt, sö théy kéép thé dàtà, bàtçh sîzé àñd sééd öf thé éxpérîméñt (sét thösé för évéry vàrîàñt)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <source>the validation loss never improved on its start: too few validation points, or a learning rate that overfits from the first steps</source>
            <translation>[·thé vàlîdàtîöñ löss ñévér împrövéd öñ îts stàrt: töö féw vàlîdàtîöñ pöîñts, ör à léàrñîñg ràté thàt övérfîts fröm thé fîrst stéps~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check); the untrained net's weights are back.</source>
            <translation>[·Éàrly stöppîñg àt stép {step:,}: {why} (löwést àt stép {best:,}, thé fîrst çhéçk); thé üñtràîñéd ñét's wéîghts àré bàçk.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check).</source>
            <translation>[·Éàrly stöppîñg àt stép {step:,}: {why} (löwést àt stép {best:,}, thé fîrst çhéçk).~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}; the weights of step {best:,} are back.</source>
            <translation>[·Éàrly stöppîñg àt stép {step:,}: thé vàlîdàtîöñ löss wàs löwést àt stép {best:,}; thé wéîghts öf stép {best:,} àré bàçk.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}.</source>
            <translation>[·Éàrly stöppîñg àt stép {step:,}: thé vàlîdàtîöñ löss wàs löwést àt stép {best:,}.~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>weights: {problem}</source>
            <translation>[·wéîghts: {problem}·]</translation>
        </message>
        <message>
            <source>{name}: not a regviz session (no "format": "{format}")</source>
            <translation>[·{name}: ñöt à régvîz séssîöñ (ñö "förmàt": "{format}")~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{name}: session version {version!r}; this regviz reads versions 1 and {latest}</source>
            <translation>[·{name}: séssîöñ vérsîöñ {version!r}; thîs régvîz réàds vérsîöñs 1 àñd {latest}~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>a session</source>
            <translation>[·à séssîöñ·]</translation>
        </message>
        <message>
            <source>{name}: config: {problem}</source>
            <translation>[·{name}: çöñfîg: {problem}~·]</translation>
        </message>
        <message>
            <source>{name}: mode {mode!r}; allowed {names}</source>
            <translation>[·{name}: mödé {mode!r}; àllöwéd {names}~~~~·]</translation>
        </message>
        <message>
            <source>{name}: step must be a whole number from 0 to {max_step:,}, not {step}</source>
            <translation>[·{name}: stép müst bé à whölé ñümbér fröm 0 tö {max_step:,}, ñöt {step}~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>[·{name}: {problem}·]</translation>
        </message>
        <message>
            <source>{name}: damaged metrics or weights ({kind}: {problem})</source>
            <translation>[·{name}: dàmàgéd métrîçs ör wéîghts ({kind}: {problem})~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>predictions: expected a list of at most {max_kept} predictions</source>
            <translation>[·prédîçtîöñs: éxpéçtéd à lîst öf àt möst {max_kept} prédîçtîöñs~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>prediction {number}</source>
            <translation>[·prédîçtîöñ {number}~·]</translation>
        </message>
        <message>
            <source>predictions: {problem}</source>
            <translation>[·prédîçtîöñs: {problem}~~·]</translation>
        </message>
        <message>
            <source>a race session lists its variants under "race"; other sessions have none</source>
            <translation>[·à ràçé séssîöñ lîsts îts vàrîàñts üñdér "ràçé"; öthér séssîöñs hàvé ñöñé~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>race: each variant is {"name": …, "settings": {key: value}}</source>
            <translation>[·ràçé: éàçh vàrîàñt îs {"ñàmé": …, "séttîñgs": {key: value}}~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>race: {problem}</source>
            <translation>[·ràçé: {problem}·]</translation>
        </message>
        <message>
            <source>training_points: only 2-D data sets have editable points, not {data_name!r}</source>
            <translation>[·tràîñîñg_pöîñts: öñly 2-D dàtà séts hàvé édîtàblé pöîñts, ñöt {data_name!r}~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>training_points: 2 to {limit:,} points [x, y], each with a class</source>
            <translation>[·tràîñîñg_pöîñts: 2 tö {limit:,} pöîñts [x, y], éàçh wîth à çlàss~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>training_points: every coordinate finite, every class one of 0 … {last}</source>
            <translation>[·tràîñîñg_pöîñts: évéry çöördîñàté fîñîté, évéry çlàss öñé öf 0 … {last}~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>training_points: numbers only, [[x], …] and each point's y under "classes"</source>
            <translation>[·tràîñîñg_pöîñts: ñümbérs öñly, [[x], …] àñd éàçh pöîñt's y üñdér "çlàssés"~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>training_points: {data_name!r} is a regression: 2 to {limit:,} points [x], each with its y</source>
            <translation>[·tràîñîñg_pöîñts: {data_name!r} îs à régréssîöñ: 2 tö {limit:,} pöîñts [x], éàçh wîth îts y~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>training_points: every x and y finite</source>
            <translation>[·tràîñîñg_pöîñts: évéry x àñd y fîñîté~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>weights: a SHA-256 is missing for some net</source>
            <translation>[·wéîghts: à SHÀ-256 îs mîssîñg för sömé ñét~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>weights of {net!r}: the SHA-256 does not match (the file was changed or damaged)</source>
            <translation>[·wéîghts öf {net!r}: thé SHÀ-256 döés ñöt màtçh (thé fîlé wàs çhàñgéd ör dàmàgéd)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>weights for {saved}; a {mode!r} run has {nets}</source>
            <translation>[·wéîghts för {saved}; à {mode!r} rüñ hàs {nets}~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>the saved weights do not fit the net {net!r} this config builds: {key} is {found} in the file, {expected} in the net</source>
            <translation>[·thé sàvéd wéîghts dö ñöt fît thé ñét {net!r} thîs çöñfîg büîlds: {key} îs {found} îñ thé fîlé, {expected} îñ thé ñét~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>[·mîssîñg·]</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>[·àbséñt·]</translation>
        </message>
        <message>
            <source>weights of {net!r}: {key}</source>
            <translation>[·wéîghts öf {net!r}: {key}~~·]</translation>
        </message>
        <message>
            <source>{label} must be one whole number from 0 to {max_step:,}, not {dtype} {value}</source>
            <translation>[·{label} müst bé öñé whölé ñümbér fröm 0 tö {max_step:,}, ñöt {dtype} {value}~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label} is {dtype}; a net's weights are float32 or float64</source>
            <translation>[·{label} îs {dtype}; à ñét's wéîghts àré flöàt32 ör flöàt64~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label} holds {bad} (every weight must be a finite number)</source>
            <translation>[·{label} hölds {bad} (évéry wéîght müst bé à fîñîté ñümbér)~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{label} holds {largest:.3g}; weights regviz trains stay far within ±{max_weight:.0e} (values like 1e38 overflow as the net runs, and the learning rate would be blamed)</source>
            <translation>[·{label} hölds {largest:.3g}; wéîghts régvîz tràîñs stày fàr wîthîñ ±{max_weight:.0e} (vàlüés lîké 1é38 övérflöw às thé ñét rüñs, àñd thé léàrñîñg ràté wöüld bé blàméd)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>metric columns {columns}</source>
            <translation>[·métrîç çölümñs {columns}~~~·]</translation>
        </message>
        <message>
            <source>metrics: {name!r} holds more than {max_rows:,} rows (or is not a list of rows)</source>
            <translation>[·métrîçs: {name!r} hölds möré thàñ {max_rows:,} röws (ör îs ñöt à lîst öf röws)~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>a row of {name!r} has the wrong length</source>
            <translation>[·à röw öf {name!r} hàs thé wröñg léñgth~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>metrics: {name!r} row {row}: {column}</source>
            <translation>[·métrîçs: {name!r} röw {row}: {column}~~~~·]</translation>
        </message>
        <message>
            <source>{label} must be a number, not {value}</source>
            <translation>[·{label} müst bé à ñümbér, ñöt {value}~~~~~~·]</translation>
        </message>
        <message>
            <source>{label} must be from 0 to {max_step:,}, not {value}</source>
            <translation>[·{label} müst bé fröm 0 tö {max_step:,}, ñöt {value}~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{label} is {value}; a metric is a finite float32 number (a diverged one is saved as null)</source>
            <translation>[·{label} îs {value}; à métrîç îs à fîñîté flöàt32 ñümbér (à dîvérgéd öñé îs sàvéd às ñüll)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>about 10^{power}</source>
            <translation>[·àböüt 10^{power}·]</translation>
        </message>
    </context>
    <context>
        <name>sweep</name>
        <message>
            <source>--param {param}: unknown key</source>
            <translation>[·--pàràm {param}: üñkñöwñ kéy~~~~~·]</translation>
        </message>
        <message>
            <source>--jobs {jobs}: give 1 or more worker processes</source>
            <translation>[·--jöbs {jobs}: gîvé 1 ör möré wörkér pröçéssés~~~~~~ ~~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <source>run mode {mode!r}: allowed {names}</source>
            <translation>[·rüñ mödé {mode!r}: àllöwéd {names}~~~~~·]</translation>
        </message>
        <message>
            <source>{kind}: {problem}</source>
            <translation>[·{kind}: {problem}·]</translation>
        </message>
        <message>
            <source>training.device = 'cuda': no CUDA device is available here; use 'auto' or 'cpu'</source>
            <translation>[·tràîñîñg.dévîçé = 'çüdà': ñö CÜDÀ dévîçé îs àvàîlàblé héré; üsé 'àütö' ör 'çpü'~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>variant {name!r}: lockstep variants must share data, batch size and seed</source>
            <translation>[·vàrîàñt {name!r}: löçkstép vàrîàñts müst shàré dàtà, bàtçh sîzé àñd sééd~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>training points can be edited on 2-D data only</source>
            <translation>[·tràîñîñg pöîñts çàñ bé édîtéd öñ 2-D dàtà öñly~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>training points: 2 to {limit:,} points (x, y), each with a class</source>
            <translation>[·tràîñîñg pöîñts: 2 tö {limit:,} pöîñts (x, y), éàçh wîth à çlàss~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>training points: every coordinate finite, every class one of {classes}</source>
            <translation>[·tràîñîñg pöîñts: évéry çöördîñàté fîñîté, évéry çlàss öñé öf {classes}~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>saved weights for a net called {name!r}; this run has {names}</source>
            <translation>[·sàvéd wéîghts för à ñét çàlléd {name!r}; thîs rüñ hàs {names}~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>saved weights do not fit the net {name!r}: {problem}</source>
            <translation>[·sàvéd wéîghts dö ñöt fît thé ñét {name!r}: {problem}~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{key}: cannot change while training; reset the run to change it</source>
            <translation>[·{key}: çàññöt çhàñgé whîlé tràîñîñg; rését thé rüñ tö çhàñgé ît~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>training points: 2 to {limit:,} points (x, y)</source>
            <translation>[·tràîñîñg pöîñts: 2 tö {limit:,} pöîñts (x, y)~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>training points: every x and y finite</source>
            <translation>[·tràîñîñg pöîñts: évéry x àñd y fîñîté~~~~~~ ~~~~·]</translation>
        </message>
    </context>
</TS>
