package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import io.corroborate.util.WordLists;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Context-free tests that tell what kind of site furniture a block is, from its own words and
 * shape. Each test is about a kind of block, never about a particular site. Stateless and
 * thread-safe.
 */
final class BlockRules {

  private BlockRules() {}

  // ---- whole-block labels (tested against the block's core: lower case, undecorated) ----

  private static final Pattern AD_MARKER =
      Pattern.compile(
          "\\[\\s*(?:ad|ads|advert|advertisement|sponsored)[ _-]?\\d*\\s*\\]"
              + "|advertisement|advertisements|anzeige|publicité|publicidad|pubblicità|sponsored"
              + "|sponsored content|story continues below(?: this)? advertisement"
              + "|scroll to continue(?: with content)?|ad feedback|\\(ad\\)");

  private static final Pattern READING_TIME =
      Pattern.compile(
          "(?:reading time\\s*:?\\s*)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
              + "(?:[-\u2013]\\d+)?\\s*(?:min|mins|minute|minutes|minuten|minutos|minuti)\\.?"
              + "(?:\\s+(?:read|reading|read time|lesezeit|de lecture|lectura|di lettura))?"
              + "|(?:lesezeit|temps de lecture|tiempo de lectura|estimated reading time)\\s*:?"
              + "\\s*\\d+\\s*(?:min|minuten|minutes|minutos)\\.?");

  private static final Pattern SHARE_BAR =
      Pattern.compile(
          "(?:share|share this(?: article| story| page| post)?|share post|share on \\w+"
              + "|share via \\w+|share article|share it|like it\\? share it!?|follow us(?: on [\\w ]+)?"
              + "|follow|tweet|e-?mail|print|print this(?: article| page)?|copy link|copy url"
              + "|link copied|teilen|artikel teilen|seite teilen|beitrag teilen|mit freunden teilen"
              + "|jetzt teilen|drucken|artikel drucken|seite drucken|rezept drucken|folgen sie uns"
              + "|partager|partagez|partager (?:cet article|sur \\w+)|imprimer|suivez-nous"
              + "|compartir|compartilhe|compartilhar|imprimir|condividi|stampa|udostępnij|drukuj"
              + "|(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|email|print"
              + "|flipboard|messenger|share|copy link)(?:[\\s,|/\u00b7\u2022]+(?:facebook|twitter"
              + "|x|whatsapp|linkedin|pinterest|reddit|telegram|email|print|flipboard|messenger"
              + "|copy link|share))+)");

  private static final Pattern UI_LABEL =
      Pattern.compile(
          "show full article|read full article|read full story|read the full story|read more"
              + "|continue reading|source link|source|click to expand|load more|view comments"
              + "|back to top|skip to (?:main )?content|listen to (?:this )?article|expand"
              + "|see more|show more|view gallery|open gallery|watch video|watch|play video"
              + "|weiterlesen|mehr lesen|lire la suite|lire plus|leer más|continua a leggere"
              + "|close|menu|search|home|zur startseite|vergrößern|bild anzeigen(?: bild schließen)?"
              + "|alle bilder anzeigen|mehr anzeigen|weniger anzeigen|ausblenden|einblenden"
              + "|quellen (?:anzeigen|ausblenden)|zurück|\\.{2,3} ?zurück|zurück zur übersicht"
              + "|nach oben|zum seitenanfang|voir plus|afficher plus|retour|haut de page|ver más"
              + "|volver|mostra di più|torna su|czytaj więcej|więcej|pokaż więcej|zoom"
              + "|enlarge|expand image|view image|zoom in");

  private static final Pattern DATE_LABEL =
      Pattern.compile(
          "date|published|updated|posted|last updated|datum|veröffentlicht|veröffentlichung"
              + "|aktualisiert|publié le|publié|mis à jour|publicado|actualizado|pubblicato");

  private static final Pattern TRANSLATION =
      Pattern.compile(
          "translate|translate \u00bb|select language|powered by google translate|google translate"
              + "|übersetzen|traduire");

  private static final Pattern COMMENT_HEADING =
      Pattern.compile(
          "leave a reply|leave a comment|post a comment|add a comment|comments?(?: \\(\\d+\\))?"
              + "|\\d+ comments?|cancel reply|join the (?:conversation|discussion)|reply"
              + "|kommentare|kommentar schreiben|commentaires|laisser un commentaire"
              + "|comentarios|commenti");

  private static final Pattern COMMENT_FORM =
      Pattern.compile(
          "your email address will not be published|required fields are marked"
              + "|save my name, email,? and website|you must be logged in to post a comment"
              + "|comments are (?:closed|moderated)|post comment|submit comment"
              + "|(?:log|sign) in to (?:comment|reply)|to (?:leave a )?comment,? (?:please )?"
              + "(?:log|sign) in|para comentar|debes (?:registrarte|iniciar sesión)"
              + "|um (?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen|abzugeben)"
              + "|(?:du musst|sie müssen) (?:eingeloggt|angemeldet) sein"
              + "|vous devez être connecté|pour (?:commenter|réagir)|per commentare");

  private static final Pattern AUTHOR_HEADING =
      Pattern.compile(
          "about (?:the )?author|about the writer|about the reporter|author|über den autor"
              + "|à propos de l'auteur|sobre el autor|l'autore");

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "related|related articles|related posts|related stories|related news|related content"
              + "|related coverage|related reading|related topics|recent posts|recent articles"
              + "|recent stories|more (?:from|on|in) [\\w .'&-]{2,40}|more stories|more news"
              + "|you (?:may|might) also like|you may be interested in|recommended"
              + "|recommended for you|recommended stories|recommended reading|most (?:popular|read|viewed)"
              + "|trending|trending now|trending stories|also read|read also|see also|read next|up next"
              + "|latest news|latest stories|latest posts|popular posts|similar posts|top stories"
              + "|editor'?s picks|don'?t miss|more on this story|what to read next"
              // German
              + "|das könnte (?:dich|sie|euch) auch interessieren|mehr zum thema|lesen sie auch"
              + "|lies auch|auch interessant|auch lesenswert|passend dazu|zum thema"
              + "|(?:verwandte|ähnliche|weitere|neueste|aktuelle|beliebte|empfohlene)"
              + " (?:artikel|beiträge|themen|nachrichten|meldungen|links|news|infos|informationen)"
              + "|mehr (?:aus|zu|zum|zur|vom|von|über|in|im) [\\p{L}\\d .'&-]{2,40}|mehr themen"
              + "|noch mehr [\\p{L}\\d .'&-]{2,40}|meistgelesen|meistgelesene artikel"
              + "|weiterführende links?|weiterführender link|links zum thema"
              + "|empfehlungen(?: (?:aus|für) [\\p{L}\\d .'&-]{2,40})?|unsere empfehlungen"
              + "|auch auf [\\p{L}\\d.-]{2,40}"
              // French
              + "|à lire aussi|lire aussi|a lire aussi|à lire également|a lire également"
              + "|sur le même (?:sujet|thème)|dans la même rubrique|voir aussi|les plus lus"
              + "|articles (?:similaires|liés|connexes|recommandés)|vous aimerez aussi"
              + "|vous (?:pourriez|pouvez) aussi aimer|à découvrir aussi|ces articles peuvent vous intéresser"
              // Spanish, Portuguese, Italian
              + "|te puede interesar|también te puede interesar|también le puede interesar"
              + "|noticias relacionadas|artículos relacionados|lee también|ver también|más noticias"
              + "|lo más leído|veja também|leia também|leia mais|notícias relacionadas"
              + "|artigos relacionados|mais lidas|leggi anche|articoli correlati"
              + "|potrebbe interessarti|ti potrebbe interessare|più letti"
              // Polish, Dutch
              + "|czytaj (?:też|także|również)|zobacz (?:też|także|również)|podobne artykuły"
              + "|powiązane artykuły|polecane|lees ook|gerelateerde artikelen|meer nieuws");

  private static final Pattern RELATED_PREFIX =
      Pattern.compile(
          "(?:read more|related|also read|read also|see also|more|watch|listen|don'?t miss"
              + "|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leggi anche)\\s*[:|\u2014\u2013-].*");

  private static final Pattern SUBSCRIBE_TOPIC =
      Pattern.compile(
          "\\b(?:account|subscri\\w*|newsletters?|e-?mail|app|apps|premium|access to|sign (?:up|in)"
              + "|log ?in|news updates|notifications|alerts|membership|paywall|free trial|inbox"
              + "|registered users|terms of (?:use|service)|privacy policy|cookies?|full interview|full story|full episode|podcast|live coverage"
              + "|(?:keep|continue) reading"
              + "|abonn\\w*|anmelden|inscri\\w*|suscr\\w*)\\b");

  private static final Pattern IMPERATIVE_START =
      Pattern.compile(
          "(?:subscribe|sign up|sign in|log in|login|join|register|enter|get|download|click|tap"
              + "|track|plus|already|want|don'?t miss|never miss|stay (?:up to date|informed)"
              + "|follow|receive|create|unlock|start your|try|become a|support|please|listen|watch|read"
              + "|abonnieren|jetzt|melden sie sich|abonnez|inscrivez|suscríbete)\\b.*");

  private static final Pattern SECOND_PERSON = Pattern.compile("\\b(?:you|your)\\b");

  private static final Pattern HELPLINE_CUE =
      Pattern.compile(
          "\\b(?:lifeline|helpline|hotline|crisis line|crisis text line|samaritans|befrienders"
              + "|suicide prevention|telefonseelsorge|suicide & crisis|crisis support)\\b");

  private static final Pattern HELPLINE_ACTION =
      Pattern.compile(
          "\\b(?:call|contact|text|dial|reach out|is available|are available|help is|support is)"
              + "\\b|\\d{3}");

  private static final Pattern PHOTO_PREFIX =
      Pattern.compile(
          "(?:photo|photos|image|images|picture|photograph|photo credit|image credit|credit"
              + "|caption|foto|fotos|bild|bilder|bildquelle|titelbild|bildnachweis|fotonachweis"
              + "|crédit photo|crédits photo|crédit|foto di|zdjęcie|fot)\\s*:.*"
              + "|(?:photo|photograph|image) by .*|.*\\b(?:ap photo|reuters|afp|epa|getty images)"
              + "\\s*/\\s*[\\w .'-]{2,40}\\)?\\s*$");

  private static final Pattern PHOTO_CREDIT_WORDS =
      Pattern.compile(
          "\\b(?:photo|photos|photograph|photographer|image|images|getty|afp|reuters|epa"
              + "|handout|file|courtesy|credit|pool|shutterstock|bloomberg|kcna|press service"
              + "|xinhua|anadolu|sipa|alamy|istock|dpa|picture alliance|imago|via ap|ap photo"
              + "|screenshot|screengrab|illustration)\\b");

  private static final Pattern AGENCY_CREDIT = Pattern.compile("\\((?:ap|afp|upi|ians|pti)\\)");

  private static final Pattern AUTHOR_BIO =
      Pattern.compile(
          "[\\p{Lu}][\\p{L}.'-]+(?: [\\p{Lu}][\\p{L}.'-]+){0,3} (?:is|was) (?:a|an|the|our)"
              + " [^.]{0,100}\\b(?:writer|reporter|editor|journalist|correspondent|contributor"
              + "|columnist|freelancer|author|producer|blogger|analyst|staff writer)s?\\b.*");

  private static final Pattern BYLINE =
      Pattern.compile(
          "(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
              + "(?:\\s*(?:,|and|&|und|et|y|e)\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})*"
              + "(?:\\s*[,|\u2013\u2014-]\\s*[\\p{L} .'&-]{2,60})?");

  private static final Pattern DOMAIN =
      Pattern.compile("(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}/?");

  private static final Pattern LEGAL =
      Pattern.compile(
          "(?:\u00a9|\\(c\\)|copyright)\\s*.*|.*\\ball rights reserved\\b.*"
              + "|.*\\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\\b.*");

  private static final Pattern TAGS_PREFIX =
      Pattern.compile(
          "(?:tags|topics|keywords|filed under|themen|schlagworte|schlagwörter|mots-clés|etiquetas"
              + "|tagi|tagi artykułu)\\s*:.*|schlagworte|schlagwörter|mots-clés");

  private static final Pattern NAVIGATION =
      Pattern.compile(
          "in [\\p{L}&][\\p{L}&-]*(?: [\\p{L}&][\\p{L}&-]*){0,2}"
              + "|(?:[\\p{L}&' -]{2,30}\\s*(?:>|\u00bb|\u203a|/|\\|)\\s*){1,6}[\\p{L}&' -]{2,30}");

  private static final WordLists WORDS = WordLists.read(BlockRules.class, "block-rules.txt");

  private static final Set<String> OUTLET_WORDS = WORDS.get("outlet-words");

  /** The kind a block is by itself, or null when nothing about it says furniture. */
  static BlockKind classify(BlockFeatures f) {
    String core = f.core;
    if (f.words <= 8 && core.length() <= 80) {
      if (AD_MARKER.matcher(core).matches()) {
        return BlockKind.AD_MARKER;
      }
      if (READING_TIME.matcher(core).matches()) {
        return BlockKind.READING_TIME;
      }
      if (SHARE_BAR.matcher(core).matches()) {
        return BlockKind.SHARE_BAR;
      }
      if (DATE_LABEL.matcher(core).matches()) {
        return BlockKind.DATE_LINE;
      }
      if (UI_LABEL.matcher(core).matches()) {
        return BlockKind.UI_LABEL;
      }
      if (TRANSLATION.matcher(core).matches()) {
        return BlockKind.TRANSLATION_WIDGET;
      }
      if (COMMENT_HEADING.matcher(core).matches()) {
        return BlockKind.COMMENT_FORM;
      }
      if (AUTHOR_HEADING.matcher(core).matches()) {
        return BlockKind.AUTHOR_BIO;
      }
      if (RELATED_HEADING.matcher(core).matches()) {
        return BlockKind.RELATED_LINKS;
      }
      if (DOMAIN.matcher(core).matches() && core.indexOf('.') > 0) {
        return BlockKind.SITE_NAME;
      }
      if (DateText.parseDateLine(f.text) != null) {
        return BlockKind.DATE_LINE;
      }
    }
    if (f.words <= 40 && COMMENT_FORM.matcher(f.lower).find()) {
      return BlockKind.COMMENT_FORM;
    }
    if (f.words <= 80) {
      BlockKind credit = CreditLines.isCreditLine(f.text) ? BlockKind.CREDIT_LINE : null;
      if (credit != null) {
        return credit;
      }
    }
    if (f.words <= 80
        && HELPLINE_CUE.matcher(f.lower).find()
        && HELPLINE_ACTION.matcher(f.lower).find()) {
      return BlockKind.HELPLINE;
    }
    if (f.words <= 60 && isSubscribePrompt(f)) {
      return BlockKind.SUBSCRIBE_PROMPT;
    }
    if (f.words <= 80 && isPhotoCaption(f)) {
      return BlockKind.PHOTO_CAPTION;
    }
    if (f.words <= 30 && RELATED_PREFIX.matcher(core).matches()) {
      return BlockKind.RELATED_LINKS;
    }
    if (f.words >= 4 && f.words <= 30 && f.isAllCaps() && !f.endsTerminal) {
      return BlockKind.RELATED_LINKS;
    }
    if (f.words <= 12 && !f.endsTerminal && BYLINE.matcher(f.text.strip()).matches()) {
      return BlockKind.BYLINE;
    }
    if (f.words <= 40 && LEGAL.matcher(f.lower).matches()) {
      return BlockKind.LEGAL;
    }
    if (f.words <= 40 && TAGS_PREFIX.matcher(core).matches()) {
      return BlockKind.TAGS;
    }
    return null;
  }

  /**
   * Whether a block marks the end of the article: a related-articles or comments heading, an
   * about-the-author heading, a translation widget, or a "Show full article"-style label.
   */
  static boolean isEndMarker(BlockFeatures f) {
    if (f.words > 6 || f.core.length() > 60) {
      return false;
    }
    String core = f.core;
    return RELATED_HEADING.matcher(core).matches()
        || AUTHOR_HEADING.matcher(core).matches()
        || COMMENT_HEADING.matcher(core).matches()
        || TRANSLATION.matcher(core).matches()
        || END_LABEL.matcher(core).matches();
  }

  private static final Pattern END_LABEL =
      Pattern.compile(
          "show full article|read full article|read full story|read the full story|source link"
              + "|source|weiterlesen|lire la suite");

  /** A wall before the rest of an article: reading on needs an account or a subscription. */
  private static final Pattern ACCESS_WALL =
      Pattern.compile(
          "\\b(?:log ?in|sign in|subscribe|register|create (?:a |an )?(?:free )?account)\\b"
              + ".*\\b(?:to (?:continue|keep) reading|to read (?:on|more|the (?:rest|full)))"
              + "|\\bfor (?:registered (?:readers|users)|subscribers|members) only\\b"
              + "|\\bis (?:only )?(?:for|available to) (?:registered (?:readers|users)|subscribers)\\b");

  /** Whether a block says the rest of the article is behind a sign-in or a subscription. */
  static boolean isAccessWall(BlockFeatures f) {
    return f.words <= 60 && !f.hasQuoteMark && ACCESS_WALL.matcher(f.lower).find();
  }

  /** A prompt to subscribe, sign in, register an email, or get an app. */
  static boolean isSubscribePrompt(BlockFeatures f) {
    if (f.hasQuoteMark || f.lower.contains(" said") || f.lower.contains(" says")) {
      return false;
    }
    if (isAccessWall(f)) {
      return true;
    }
    if (!SUBSCRIBE_TOPIC.matcher(f.lower).find()) {
      return f.core.startsWith("click here");
    }
    return IMPERATIVE_START.matcher(f.core).matches() || SECOND_PERSON.matcher(f.lower).find();
  }

  /** A photo caption or credit: a credit in parentheses at the end, or a "Photo:" label. */
  static boolean isPhotoCaption(BlockFeatures f) {
    String t = f.lower.stripTrailing();
    if (PHOTO_PREFIX.matcher(f.core).matches() && f.words <= 40) {
      return true;
    }
    if (!t.endsWith(")")) {
      return false;
    }
    int open = t.lastIndexOf('(');
    if (open < 0 || t.length() - open > 160) {
      return false;
    }
    String inner = t.substring(open);
    if (AGENCY_CREDIT.matcher(inner).matches() && open < 3) {
      return true;
    }
    return PHOTO_CREDIT_WORDS.matcher(inner).find();
  }

  /** An about-the-author sentence ("Jane Doe is a writer and editor ..."). */
  static boolean isAuthorBio(BlockFeatures f) {
    return f.words <= 80 && AUTHOR_BIO.matcher(f.text.strip()).matches();
  }

  /** A section label or breadcrumb ("In World", "News > World > Europe"). */
  static boolean isNavigation(BlockFeatures f) {
    return f.words <= 8 && !f.endsTerminal && NAVIGATION.matcher(f.core).matches();
  }

  /** A person's name alone on a line: two to four capitalised words. */
  static boolean isNameLine(BlockFeatures f) {
    if (f.words < 2 || f.words > 4 || f.endsTerminal) {
      return false;
    }
    for (String w : f.text.strip().split("\\s+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || f.isAllCaps()) {
        return false;
      }
    }
    return true;
  }

  /** A short line naming an outlet ("Omega TV UK", "The Daily Lantern"). */
  static boolean looksLikeOutletName(BlockFeatures f) {
    if (f.words > 5 || f.endsTerminal || f.letters < 2) {
      return false;
    }
    if (DOMAIN.matcher(f.core).matches() && f.core.indexOf('.') > 0) {
      return true;
    }
    for (String w : f.core.split("[\\s.]+")) {
      if (OUTLET_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A list of three or more short capitalised terms separated by commas: a tag line. */
  static boolean isTagList(BlockFeatures f) {
    if (f.endsTerminal || f.words > 30) {
      return false;
    }
    String[] items = f.text.split("\\s*[,;|]\\s*");
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      String s = item.strip();
      if (s.isEmpty() || s.split("\\s+").length > 4 || !Character.isUpperCase(s.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A bare host name ("www.example.com"), for outlet names. */
  static boolean isDomain(String core) {
    return DOMAIN.matcher(core).matches() && core.indexOf('.') > 0;
  }
}
