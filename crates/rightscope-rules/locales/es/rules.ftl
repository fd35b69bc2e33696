# Textos de las reglas de rightscope en español: traducción de crates/rightscope-rules/locales/en/rules.ftl.
# Translation of the English file locales/en/rules.ftl as of main revision 98778b0.
# Las claves son las mismas que en el archivo inglés; si falta una, se muestra el texto en inglés.
# Los nombres técnicos (números de RFC, protocolos, palabras clave de BCP 14 como MUST) no se traducen.

rule-A11Y001-summary =
    El texto se basa en un acertijo, como un CAPTCHA, que las personas deben resolver para demostrar que son humanas.
rule-A11Y001-why =
    Los CAPTCHA visuales dejan fuera a las personas ciegas o con baja visión, y las versiones de audio dejan
    fuera a las personas sordas. Ambos son difíciles para las personas con discapacidad cognitiva. Quien no
    puede resolver el acertijo se queda sin el servicio, aunque tenga derecho a él. El W3C documenta en
    detalle la falta de accesibilidad de los CAPTCHA.
rule-A11Y001-fix =
    Prefiera comprobaciones que no exijan acertijos (límites de frecuencia, tokens que protegen la privacidad,
    atestaciones que no rastrean a las personas), o exija al menos dos alternativas que usen sentidos distintos
    y una vía de contacto con una persona.

rule-A11Y002-summary =
    Solo se puede usar esta función hablando o escuchando, sin alternativa de texto ni visual.
rule-A11Y002-why =
    Un servicio que solo funciona por voz excluye a las personas sordas o con pérdida auditiva y a las que no
    pueden hablar. El RFC 3351 pide a los proveedores que ofrezcan una alternativa de texto a los menús de
    voz. Ofrecer la misma función por texto, tacto o vídeo permite que todo el mundo la use.
rule-A11Y002-fix =
    Ofrezca la misma interacción a través de otro sentido: texto en tiempo real (RFC 4103), teclado, texto en
    pantalla o vídeo con lengua de signos, y dígalo en la especificación.

rule-A11Y003-summary =
    La persona debe reaccionar en un tiempo fijo, algo que algunas personas con discapacidad o mayores no pueden hacer.
rule-A11Y003-why =
    Las personas que usan lectores de pantalla, pulsadores o servicios de retransmisión, y las personas con
    discapacidad motora o cognitiva, a menudo necesitan más tiempo para leer y responder. Un plazo fijo puede
    dejarlas fuera o cancelar lo que estaban haciendo. Las pautas del W3C piden que los límites de tiempo se
    puedan desactivar, ajustar o ampliar.
rule-A11Y003-fix =
    Evite los límites de tiempo para las respuestas de las personas, o permita que la persona (o su
    dispositivo) pida más tiempo, y haga el límite lo bastante largo para las tecnologías de apoyo y los
    servicios de retransmisión.

rule-A11Y004-summary =
    Se pueden enviar imágenes, sonido o vídeo sin una alternativa de texto que puedan usar las personas ciegas o sordas.
rule-A11Y004-why =
    Las personas ciegas dependen de descripciones en texto de las imágenes, y las personas sordas de
    subtítulos o transcripciones del sonido. Cuando un formato permite omitirlos, quienes no pueden ver u oír
    el contenido quedan excluidos. El RFC 9620 cita como ejemplo de buen diseño la regla de HTML según la cual
    toda imagen necesita un atributo alt.
rule-A11Y004-fix =
    Haga que la alternativa de texto, los subtítulos o la transcripción formen parte del formato, que sean
    obligatorios cuando el contenido transmite significado, y diga cómo se indica su idioma.

rule-A11Y005-summary =
    La información llega a la persona por un solo sentido, como un sonido, un color o una luz intermitente.
rule-A11Y005-why =
    Un aviso que solo es un pitido no llega a las personas sordas, y un estado que solo se muestra con un color
    no llega a las personas daltónicas o ciegas. Dar la misma información de una segunda forma (texto,
    vibración, voz) cuesta poco y mantiene a todo el mundo informado.
rule-A11Y005-fix =
    Transmita cada señal destinada a las personas de al menos dos formas, por ejemplo texto y sonido, y permita
    que los dispositivos la presenten con tecnologías de apoyo.

rule-A11Y006-summary =
    Una comprobación de seguridad solo funciona si las personas pueden hablar y oír, o ver y escanear un código.
rule-A11Y006-why =
    Algunos protocolos piden a dos personas que se lean en voz alta un código corto, o que escaneen un código
    con una cámara, antes de poder confiar en una llamada o un dispositivo. Las personas sordas, las que no
    pueden hablar y las personas ciegas no pueden hacer esa comprobación y se quedan con una protección más
    débil o sin ninguna.
rule-A11Y006-fix =
    Permita hacer la misma comprobación por otro canal, por ejemplo comparando el código como texto,
    tecleándolo o confirmándolo con un servicio de retransmisión, y describa esa alternativa en la
    especificación.

rule-A11Y007-summary =
    El texto admite texto en tiempo real, para que las personas puedan conversar escribiendo, carácter a carácter.
rule-A11Y007-why =
    El texto en tiempo real permite a las personas sordas, con pérdida auditiva o con dificultades del habla
    mantener una conversación en directo escribiendo: cada carácter se envía en cuanto se teclea, junto a la
    voz o en su lugar. El RFC 4103 y el RFC 9071 lo transportan en llamadas y sesiones de varias personas, y
    el RFC 9620 cita este trabajo como buen diseño accesible.
rule-A11Y007-fix =
    Mantenga el texto en tiempo real como un medio de primera clase, también en las llamadas de emergencia y
    en las sesiones de varias personas.

rule-A11Y008-summary =
    El texto ofrece subtítulos o audiodescripción junto con el contenido audiovisual.
rule-A11Y008-why =
    Los subtítulos hacen accesible el habla del audio y del vídeo a las personas sordas o con pérdida
    auditiva, y la audiodescripción hace accesibles las imágenes a las personas ciegas. Los formatos que los
    transportan como pistas separadas y etiquetadas permiten que cada persona elija lo que necesita.
rule-A11Y008-fix =
    Mantenga las pistas de subtítulos y de descripción como elementos de primera clase, etiquetadas con su
    idioma y su finalidad.

rule-A11Y009-summary =
    El texto admite la lengua de signos, la lectura labial o la conversación total (vídeo, voz y texto a la vez).
rule-A11Y009-why =
    Para muchas personas sordas, su primera lengua es una lengua de signos, que necesita un vídeo de calidad
    suficiente para entenderse. La conversación total combina vídeo, voz y texto en tiempo real en una misma
    llamada, para que cada persona use el modo que le conviene. El RFC 8373 permite que una llamada pida una
    lengua de signos igual que pide una lengua hablada.
rule-A11Y009-fix =
    Mantenga la calidad del vídeo, la negociación del idioma y los servicios de retransmisión a un nivel
    suficiente para la lengua de signos.

rule-A11Y010-summary =
    El texto ofrece una alternativa de texto para imágenes, sonido o voz, para que el contenido sirva a más personas.
rule-A11Y010-why =
    Una alternativa de texto puede leerla en voz alta un lector de pantalla, mostrarse en braille o leerla una
    persona sorda. El RFC 9620 cita el atributo alt de HTML como un diseño que mantiene las imágenes
    accesibles para quienes no pueden verlas, y el RFC 3351 pide alternativas de texto a los menús de voz.
rule-A11Y010-fix =
    Haga obligatorias las alternativas de texto cuando el contenido transmite significado, y etiquételas con
    su idioma.

rule-A11Y011-summary =
    El texto admite servicios de retransmisión que permiten a personas sordas o con dificultades del habla llamar a personas oyentes.
rule-A11Y011-why =
    Los servicios de retransmisión traducen durante una llamada entre voz y texto o lengua de signos, para que
    las personas sordas, con pérdida auditiva o con dificultades del habla puedan comunicarse con cualquiera
    que tenga teléfono. Los protocolos que permiten que el servicio de retransmisión se una a una llamada sin
    problemas, también en las llamadas de emergencia, mantienen abierta esa vía.
rule-A11Y011-fix =
    Permita que los servicios de retransmisión entren y salgan de las llamadas sin cortarlas, y proteja la
    privacidad de quienes los usan.

rule-A11Y012-summary =
    El texto admite tecnologías de apoyo como lectores de pantalla o braille, o sigue las pautas de accesibilidad del W3C.
rule-A11Y012-why =
    Las personas ciegas o con baja visión leen con lectores de pantalla, líneas braille y ampliadores. Los
    contenidos y protocolos que mantienen la estructura y el texto disponibles para estas herramientas, como
    describen las pautas de accesibilidad del W3C, permiten que las personas con discapacidad usen los mismos
    servicios que los demás.
rule-A11Y012-fix =
    Cite las pautas de accesibilidad del W3C que sigue y haga pruebas con tecnologías de apoyo.

rule-A11Y013-summary =
    El texto tiene en cuenta las necesidades de las personas con discapacidad, como las personas sordas o ciegas.
rule-A11Y013-why =
    Nombrar las necesidades de las personas sordas, ciegas, con dificultades del habla o con otras
    discapacidades es el primer paso hacia un diseño que funcione para ellas. El RFC 3351 pide que los diseños
    tengan en cuenta sus capacidades y preferencias, y el RFC 9620 pregunta si un protocolo ofrece un entorno
    que permita participar a todas las personas.
rule-A11Y013-fix =
    Pase de nombrar estas necesidades a fijar requisitos: alternativas en más de un sentido y pruebas con
    personas usuarias.
