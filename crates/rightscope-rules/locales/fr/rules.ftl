# Textes des règles de rightscope en français : traduction de crates/rightscope-rules/locales/en/rules.ftl.
# Translation of the English file locales/en/rules.ftl as of main revision 98778b0.
# Les clés sont les mêmes que dans le fichier anglais ; si une clé manque, le texte anglais est affiché.
# Les noms techniques (numéros de RFC, protocoles, mots-clés BCP 14 comme MUST) ne sont pas traduits.

rule-A11Y001-summary =
    Le texte s'appuie sur une énigme, comme un CAPTCHA, que les personnes doivent résoudre pour prouver qu'elles sont humaines.
rule-A11Y001-why =
    Les CAPTCHA visuels excluent les personnes aveugles et malvoyantes, les versions audio excluent les
    personnes sourdes, et les deux sont difficiles pour les personnes ayant un handicap cognitif. Une personne
    qui ne peut pas résoudre l'énigme se voit refuser le service alors qu'elle y a droit. Le W3C décrit en
    détail le manque d'accessibilité des CAPTCHA.
rule-A11Y001-fix =
    Préférez des contrôles qui n'exigent aucune énigme (limites de débit, jetons qui protègent la vie privée,
    attestations qui ne pistent pas les personnes), ou exigez au moins deux alternatives faisant appel à des
    sens différents et un moyen de joindre une personne.

rule-A11Y002-summary =
    On ne peut utiliser cette fonction qu'en parlant ou en écoutant, sans alternative textuelle ou visuelle.
rule-A11Y002-why =
    Un service qui ne fonctionne qu'à la voix exclut les personnes sourdes ou malentendantes et les personnes
    qui ne peuvent pas parler. Le RFC 3351 demande aux fournisseurs de proposer une alternative textuelle aux
    menus vocaux. Offrir la même fonction par le texte, le toucher ou la vidéo permet à tout le monde de
    l'utiliser.
rule-A11Y002-fix =
    Proposez la même interaction par un autre sens : texte en temps réel (RFC 4103), saisie au clavier, texte à
    l'écran ou vidéo en langue des signes, et indiquez-le dans la spécification.

rule-A11Y003-summary =
    Une personne doit réagir dans un délai fixe, ce que certaines personnes handicapées ou âgées ne peuvent pas faire.
rule-A11Y003-why =
    Les personnes qui utilisent un lecteur d'écran, un contacteur ou un service de relais, et les personnes
    ayant un handicap moteur ou cognitif, ont souvent besoin de plus de temps pour lire et répondre. Un délai
    fixe peut les exclure ou annuler ce qu'elles faisaient. Les recommandations du W3C demandent que les
    limites de temps puissent être désactivées, réglées ou prolongées.
rule-A11Y003-fix =
    Évitez les limites de temps pour les actions humaines, ou laissez la personne (ou son appareil) demander
    plus de temps, et fixez une limite assez longue pour les aides techniques et les services de relais.

rule-A11Y004-summary =
    Des images, du son ou de la vidéo peuvent être envoyés sans alternative textuelle utilisable par les personnes aveugles ou sourdes.
rule-A11Y004-why =
    Les personnes aveugles s'appuient sur des descriptions textuelles des images, et les personnes sourdes sur
    des sous-titres ou des transcriptions du son. Quand un format permet de les omettre, les personnes qui ne
    peuvent pas voir ou entendre le contenu en sont exclues. Le RFC 9620 cite la règle de HTML selon laquelle
    chaque image doit avoir un attribut alt comme exemple de bonne conception.
rule-A11Y004-fix =
    Intégrez au format une alternative textuelle, des sous-titres ou une transcription, obligatoires quand le
    contenu porte du sens, et précisez comment leur langue est indiquée.

rule-A11Y005-summary =
    L'information n'atteint la personne que par un seul sens, par exemple un son, une couleur ou une lumière clignotante.
rule-A11Y005-why =
    Un avertissement donné seulement par un bip est perdu pour les personnes sourdes, et un état indiqué
    seulement par une couleur est perdu pour les personnes daltoniennes ou aveugles. Donner la même
    information sous une deuxième forme (texte, vibration, parole) coûte peu et tient tout le monde informé.
rule-A11Y005-fix =
    Transmettez chaque signal destiné aux personnes sous au moins deux formes, par exemple du texte et un son,
    et permettez aux appareils de le restituer avec des aides techniques.

rule-A11Y006-summary =
    Un contrôle de sécurité ne fonctionne que si les personnes peuvent parler et entendre, ou voir et scanner un code.
rule-A11Y006-why =
    Certains protocoles demandent à deux personnes de se lire à voix haute un code court, ou de scanner un code
    avec une caméra, avant qu'un appel ou un appareil puisse être considéré comme fiable. Les personnes
    sourdes, celles qui ne peuvent pas parler et les personnes aveugles ne peuvent alors pas faire ce contrôle
    et se retrouvent avec une protection plus faible, voire aucune.
rule-A11Y006-fix =
    Permettez de faire le même contrôle par un autre canal, par exemple en comparant le code sous forme de
    texte, en le saisissant ou en le confirmant par un service de relais, et décrivez cette alternative dans
    la spécification.

rule-A11Y007-summary =
    Le texte prend en charge le texte en temps réel, pour que les personnes puissent converser en tapant, caractère par caractère.
rule-A11Y007-why =
    Le texte en temps réel permet aux personnes sourdes, malentendantes ou ayant des troubles de la parole de
    tenir une conversation en direct en tapant : chaque caractère est envoyé dès qu'il est saisi, avec la voix
    ou à sa place. Le RFC 4103 et le RFC 9071 le transportent dans les appels et les sessions à plusieurs, et
    le RFC 9620 cite ce travail comme un bon exemple de conception accessible.
rule-A11Y007-fix =
    Gardez le texte en temps réel comme un moyen de communication à part entière, y compris pour les appels
    d'urgence et les sessions à plusieurs.

rule-A11Y008-summary =
    Le texte prévoit des sous-titres ou une audiodescription avec les contenus audio et vidéo.
rule-A11Y008-why =
    Les sous-titres rendent la parole des contenus audio et vidéo accessible aux personnes sourdes ou
    malentendantes, et l'audiodescription rend les images accessibles aux personnes aveugles. Les formats qui
    les transportent comme des pistes séparées et étiquetées permettent à chacun de choisir ce dont il a
    besoin.
rule-A11Y008-fix =
    Gardez les pistes de sous-titres et d'audiodescription à part entière, étiquetées avec leur langue et leur
    usage.

rule-A11Y009-summary =
    Le texte prend en charge la langue des signes, la lecture labiale ou la conversation totale (vidéo, voix et texte ensemble).
rule-A11Y009-why =
    Pour beaucoup de personnes sourdes, la première langue est une langue des signes, qui demande une vidéo de
    qualité suffisante pour être comprise. La conversation totale réunit vidéo, voix et texte en temps réel
    dans un même appel, pour que chacun utilise le mode qui lui convient. Le RFC 8373 permet à un appel de
    demander une langue des signes comme il demande une langue parlée.
rule-A11Y009-fix =
    Maintenez la qualité vidéo, la négociation de la langue et les services de relais à un niveau suffisant
    pour la langue des signes.

rule-A11Y010-summary =
    Le texte prévoit une alternative textuelle aux images, au son ou à la voix, pour que le contenu serve à plus de personnes.
rule-A11Y010-why =
    Une alternative textuelle peut être lue à voix haute par un lecteur d'écran, affichée en braille ou lue
    par une personne sourde. Le RFC 9620 cite l'attribut alt de HTML comme une conception qui garde les images
    accessibles aux personnes qui ne peuvent pas les voir, et le RFC 3351 demande des alternatives textuelles
    aux menus vocaux.
rule-A11Y010-fix =
    Rendez les alternatives textuelles obligatoires quand le contenu porte du sens, et étiquetez-les avec leur
    langue.

rule-A11Y011-summary =
    Le texte prend en charge les services de relais qui permettent aux personnes sourdes ou ayant des troubles de la parole d'appeler des personnes entendantes.
rule-A11Y011-why =
    Les services de relais traduisent pendant un appel entre la voix et le texte ou la langue des signes, pour
    que les personnes sourdes, malentendantes ou ayant des troubles de la parole puissent joindre n'importe
    qui disposant d'un téléphone. Les protocoles qui permettent à un relais de rejoindre un appel sans
    difficulté, y compris un appel d'urgence, gardent cette voie ouverte.
rule-A11Y011-fix =
    Permettez aux services de relais de rejoindre et de quitter les appels sans les interrompre, et protégez
    la vie privée des personnes qui les utilisent.

rule-A11Y012-summary =
    Le texte prend en charge les aides techniques comme les lecteurs d'écran ou le braille, ou suit les recommandations d'accessibilité du W3C.
rule-A11Y012-why =
    Les personnes aveugles et malvoyantes lisent avec des lecteurs d'écran, des plages braille et des
    loupes. Les contenus et les protocoles qui gardent la structure et le texte accessibles à ces outils,
    comme le décrivent les recommandations d'accessibilité du W3C, permettent aux personnes handicapées
    d'utiliser les mêmes services que tout le monde.
rule-A11Y012-fix =
    Citez les recommandations d'accessibilité du W3C que vous suivez et faites des tests avec des aides
    techniques.

rule-A11Y013-summary =
    Le texte tient compte des besoins des personnes handicapées, par exemple des personnes sourdes ou aveugles.
rule-A11Y013-why =
    Nommer les besoins des personnes sourdes, aveugles, ayant des troubles de la parole ou d'autres handicaps
    est la première étape vers une conception qui fonctionne pour elles. Le RFC 3351 demande que la conception
    tienne compte de leurs capacités et de leurs préférences, et le RFC 9620 demande si un protocole offre un
    environnement favorable à tous.
rule-A11Y013-fix =
    Passez de la mention de ces besoins à des exigences : des alternatives faisant appel à plus d'un sens, et
    des tests avec les personnes concernées.
