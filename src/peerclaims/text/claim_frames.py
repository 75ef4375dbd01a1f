"""What frames a sentence as something other than a finding: a gap in what is known, a null
result, an aim or a learning objective, a method, a target, a plan's label, a definition, an
assumption, a debate set out, a criterion, a proposal, a dateline. `claimlike` reads a
sentence these match as no claim (a clause of its own after `NEW_CLAUSE` may still state one).
The change and outcome words are in `claim_words`."""

from __future__ import annotations

import re

_I = re.IGNORECASE

GAP = re.compile(
    r"\b(?:little|not much|nothing|less) is (?:yet |currently |still )?known\b|"
    r"\bremains? (?:largely |still )?(?:unclear|unknown|uncertain|unexplored|understudied)\b|"
    r"\bit is (?:not yet |still )?(?:unclear|unknown|not known)\b|"
    r"\bgaps? in (?:the )?(?:evidence|literature|knowledge|research)\b|"
    # a call for more research: "it is important for additional studies ... to be performed",
    # "further trials are needed to confirm ..."
    r"\b(?:additional|further|more) (?:studies|research|trials|evaluations?)\b[^.;]{0,120}?"
    r"\b(?:(?:is|are) (?:still |urgently )?(?:needed|required|warranted)|to be (?:performed|"
    r"conducted|carried out|done))\b",
    _I,
)
"""A gap in what is known ("little is known about which elements of peer support are
critical to achieve improved outcomes"): a question the document sets, not a finding."""

NULL_RESULT = re.compile(
    r"\b(no (?:significant |clear |statistically significant )?(?:difference|effect|impact|"
    r"change|improvement|reduction|benefit)s?|no better or worse|"
    r"(?<!if )(?:no|not(?: any)?) (?:better|more effective) than|"
    r"(?:did|do|does|have|has|had)(?: not|n['’]t) (?:significantly |yet |consistently )?"
    r"(?:reduce[ds]?|improve[ds]?|increase[ds]?|decrease[ds]?|differ(?:ed)?|change[ds]?|affect(?:ed)?|"
    r"led to|lead to|result(?:ed)? in|translated? into|correspond(?:ed)? to|produced?|yielded)|"
    r"were unaffected|(?:is|was|there(?:'s| is| was)?)(?: currently| still| as yet)? (?:no|little) "
    r"(?:robust |good |strong |clear )?(?:evidence|indication) (?:that|of|for)|"
    r"not (?:significantly )?(?:different|associated))\b",
    _I,
)
"""A null result: a statement that peer support had no effect is not a benefit claim."""

# A statement after a label's colon: a structured abstract's "Objective: Research indicates that
# peer mentoring approaches can be effective ..." is no aim and no plan ("Objective: To assess
# ...", "Goals: Increase hope" are).
_STATEMENT = (
    r"[^\S\n]+(?!(?i:to|this|the|our|we)\b)[A-Z][a-z]+ [^.;\n]*?\b(?:is|are|was|were|has|"
    r"have|had|can|could|may|might|indicates?|shows?|suggests?|demonstrates?|found)\b"
)

AIM = re.compile(
    r"^\W*(?:the |our |this )?(?:aims?|purpose|objectives?|goals?)\b(?!:" + _STATEMENT + r")|"
    # a mission or a vision, labelled or said as a bare infinitive with no clause after it:
    # "Mission: To empower adults with mental health conditions towards recovery and ..."
    r"^\W*(?:our |the |its |their )?(?:mission|vision)\b(?:\s+statement)?\s*(?::|is\s+to\b)|"
    r"^\W*(?-i:To)\s+(?:empower|improve|reduce|increase|promote|support|provide|help|enable|"
    r"build|ensure|create|foster|strengthen|prevent|deliver|offer|raise|enhance|develop)\b"
    r"[^,;:]*$|"
    r"^\W*(?:by the end of|after completing|upon completing|on completing|upon completion of) "
    r"(?:this|the) (?:webinar|session|training|module|course|workshop|presentation|lesson|unit)"
    r"\b[^.;]*\bwill\b|"
    r"^\W*(?:this|the|our) (?:present |current )?(?:[\w-]+ ){0,2}?(?:study|paper|article|review|report|"
    r"project|trial|chapter|evaluation|analysis|document|brief|toolkit|module|section)"
    r" (?:\w+ )?(?:examine|explore|describe|aim|assess|evaluate|investigate|seek|review|"
    r"identif|look|consider|summari[sz]|present|discuss|outline|cover|focus)\w*|"
    r"\b(?:you|participants|learners|trainees|students|attendees|(?:peer\s+)?(?:support\s+)?"
    r"(?:workers|specialists|supporters|coaches|mentors))\s+will\s+(?:be able to|learn|"
    r"understand|know how|practi[cs]e|gain an? (?:understanding|knowledge))\b|"
    r"\b(?:duties|responsibilities|tasks)\s+(?:include|involve|are)\b|"
    # "Recovery coaches are tasked with preventing the slide back into addiction."
    r"\b(?:is|are|were|was)\s+(?:tasked|charged)\s+with\b|"
    # an organisation's pledge: "We will support people, promoting independence, hope and
    # control", "We are committed to ..."
    r"^\W*we\s+(?:will|shall|aim\s+to|intend\s+to|plan\s+to|are\s+committed\s+to|commit\s+to|"
    r"pledge\s+to)\b|"
    r"\b(?:research|study|project|evaluation|trial|work)\s+(?:is|are|was|will\s+be)\s+"
    r"(?:expected|intended|designed|planned|hoped)\s+to\b|"
    r"^\W*(?:describe|explain|identify|discuss|list|define|demonstrate|recogni[sz]e)\s+(?:how|why|"
    r"what|the|ways)\b|"
    # an objective with a verb no claim opens with ("Understand how peer recovery coaching
    # improves outcomes", "Describe peer recovery coaching model approaches")
    r"^\W*(?:objectives?:?\s*|aims?:?\s*)?to\s+(?:assess|evaluate|examine|determine|investigate|"
    r"explore|test|compare|describe|estimate|identify)\b|"
    r"^\W*(?:describe|explain|understand|examine|explore|assess|evaluate|determine|summari[sz]e|"
    r"outline|analy[sz]e|discuss)\s+(?!that\b)[\w‘“\"'-]",
    _I,
)
"""A statement of what a study or document sets out to do ("The study examined ..."), a
learning objective ("By the end of this webinar participants will have gained ...", "you
will be able to build trust with clients") or a job's duties ("Duties include fostering
hope"): what is to be learnt or done, not what changed for anyone."""

_RESEARCH_VERB = (
    r"(?:evaluat\w*|assess\w*|examin\w*|determin\w*|test\w*|investigat\w*|explor\w*|"
    r"compar\w*|measur\w*|establish\w*|stud(?:y|ied|ies|ying)|analy[sz]\w*|identif\w*|"
    r"estimat\w*|ascertain\w*|quantif\w*|find out|ask\w*)"
)
_INQUIRY = (
    r"(?:meta-analys[ie]s|stud(?:y|ies)|reviews?|trials?|RCTs?|surveys?|evaluations?|"
    r"analys[ie]s|pilots?|experiments?|interviews|focus groups|audits?)"
)
METHOD = re.compile(
    r"\b(?:(?:conducted|carried out|performed|undert(?:ook|aken)|designed|ran|initiated|set up|"
    r"pooled|reviewed|analy[sz]ed)\s+(?:[\w,-]+\s+){0,3}?"
    + _INQUIRY
    + r"|"
    + _INQUIRY
    + r"\s+(?:was|were|had been|has been|have been)\s+(?:carried out|conducted|performed|"
    r"undertaken|designed|done|run|set up))\b[^.;]{0,80}?\bto\s+"
    + _RESEARCH_VERB
    + r"\b|\b"
    + _RESEARCH_VERB
    + r"\s+(?:whether|if)\b",
    _I,
)
"""A method or an aim in the middle of a sentence ("... and colleagues conducted a
meta-analysis to evaluate whether peer support interventions are more effective ...", "A
meta-analysis was carried out to evaluate the role of ..."): what was asked, not found."""

TARGET = re.compile(r"\b(?:targets?|goals?)\s*:", _I)
"""A target set, not a result reached ("hospitalizations diverted (target: 50,000)")."""

PLAN_LABEL = re.compile(
    r"^\W*(?:\*\*|__)?(?:(?:impact|learning|key|core|job)\s+)?(?:metrics|targets?|goals?|"
    r"objectives?|timeline|budget|costs?(?:\s*/\s*resources)?|resources|funding|duties|"
    r"responsibilities|tasks|skills|competenc(?:y|ies))(?:\*\*|__)?\s*:(?!" + _STATEMENT + ")",
    _I,
)
"""A run-in label of a plan, a proposal or a job ("**Impact Metrics**:", "**Cost/Resources**:",
"Responsibilities:"): what it introduces is intended or to be done, not found."""

DEFINITION = re.compile(
    r"\b(is|are) (?:(?:often|also|\w+ly) )?(?:defined|described|known|referred to|characteri[sz]ed|"
    r"conceptuali[sz]ed|understood) as\b|\brefers? to\b|"
    r"^\W*(?:\w+\W+){0,4}(?:means|is the process|is an? (?:[\w-]+ )?process (?:of|by|"
    r"through|in which|whereby))\b|"
    r"\b(?:is|are) (?:anyone|anybody|someone|somebody|a person|people|individuals|an individual)"
    r" (?:who|with|that|interested in)\b|"
    # a principle of recovery itself ("Recovery is self-directed and empowering", SAMHSA's
    # guiding principles): what recovery is, not what peer support does
    r"^\W*(?:\d{1,2}[.)]\s*)?recovery\s+(?:is|has|exists|involves|emerges|occurs|happens|flows)"
    r"\s+(?!(?:more|less|faster|slower|likelier|better|supported|helped|improved|enhanced|"
    r"promoted|facilitated|aided|increased|boosted|sustained)\b)",
    _I,
)

ASSUMPTION = re.compile(
    r"\b(?:assumes?|assumed|presumes?|presupposes?|posits?|hypothesi[sz](?:es?|ed))\s+that\b|"
    r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:based|built|founded|premised|grounded|rooted|"
    r"predicated)\s+(?:up)?on\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:idea|belief|notion|premise|"
    r"assumption|principle|understanding|theory|philosophy)s?\b|"
    r"\bon the (?:premise|assumption|belief|principle|notion|idea) that\b|"
    r"\b(?:the|our|its|their)\s+(?:premise|assumption|rationale|hypothesis|belief)\s+"
    r"(?:is|was)\s+that\b|"
    # an organisation's creed: "One of our core beliefs is in empowering those affected by ..."
    r"\b(?:our|their|its)\s+(?:core\s+|guiding\s+|fundamental\s+)?(?:beliefs?|values|"
    r"principles|philosophy)\s+(?:is|are)\b",
    _I,
)
"""An assumption or a premise ("the peer support approach assumes that people who have
similar experiences can better relate"): the rationale of a model, not a finding."""

NEW_CLAUSE = re.compile(
    r";\s*|,?\s+(?:and|but|while|whereas|yet)\s+(?=(?:it|they|this|these|peer|research|"
    r"studies|evidence)\b)|,?\s+(?:and|which|that)\s+(?:\w+ly\s+)?(?=(?:found|finds|showed|"
    r"shows|demonstrated|concluded|reported|revealed)\b)",
    _I,
)
"""Where a clause of its own begins, after which a definition or an assumption no longer
frames what the sentence states."""

DEBATE = re.compile(
    r"\b(?:two|three|several|different|opposing|competing|contrasting|conflicting|divergent|"
    r"differing)\s+(?:(?:very|quite|rather|widely|sharply)\s+)?(?:different\s+|opposing\s+)?"
    r"(?:ideas|views|positions|arguments|perspectives|hypotheses|interpretations|narratives|"
    r"schools of thought|camps)\s+(?:about|on|regarding|concerning|as to|exist|emerge|can be|"
    r"could be|have been|are held)\b|"
    r"\bsome\s+(?:[\w-]+\s+)?(?:argue|claim|believe|contend|maintain)\b[^.;]*\bothers\b|"
    r"\bdepending on which (?:research|studies|study|evidence)\b",
    _I,
)
"""The framing of a debate ("two very different ideas about social media and online peer
support can be put forth: 1) that ... or 2) that ..."): positions set side by side, not
one asserted."""

CRITERION = re.compile(
    r"^\W*(?:(?:the|an?|any|all)\s+)?(?:appropriate|good|ideal|well-designed|suitable|"
    r"proper|acceptable|adequate|sound|high-quality)\s+(?:[\w-]+\s+){0,2}?(?:strateg(?:y|ies)|"
    r"programs?|programmes?|interventions?|approach(?:es)?|plans?|polic(?:y|ies)|services?|"
    r"models?|practices?|systems?)\s+(?:will|should|must|would|need to|ought to)\b",
    _I,
)
"""A criterion ("Appropriate strategies will result in positive improvement ..."): what a
good strategy would do, by definition, not what one was found to do."""

PROPOSAL = re.compile(
    r"^\W*(?:launch|establish|create|fund|expand|implement|require|develop|build|adopt|invest|"
    r"allocate|mandate|enact|pass|direct|authori[sz]e|convene|hire|recruit|integrate|designate|"
    r"introduce|pilot|partner|provide|offer|set up|scale up|amend|reform|extend)\s+"
    r"(?:a|an|the|all|every|new|more|federal|state|national|funding|grants?|\$|\d)",
    _I,
)
"""A proposal in the imperative ("Launch a comprehensive federal initiative to ..."): a
recommendation, not a finding. Bullets under a benefits lead-in ("- build a support
network") are not read this way."""

TEASER = re.compile(
    r"^\W*(?:read\s+more|related(?:\s+(?:articles?|stor(?:y|ies)|reading|content|news))?|"
    r"see\s+also|also\s+read|recommended(?:\s+reading)?|further\s+reading|more\s+on\s+this|"
    r"you\s+may\s+also\s+like)\s*:",
    _I,
)
"""A news page's link to another article: "READ MORE: VA Medicaid Program Reduces ED
Admissions ...", its headline the other article's, not the page's claim."""
INVITATION = re.compile(
    r"^\W*if\s+you\s+(?:or\s+(?:a|your)\s+(?:loved\s+one|family\s+member|friend)\s+)?"
    r"(?:\w+\s+){0,12}?(?:want|wants|need|needs|would\s+like|are\s+(?:struggling|looking|interested))"
    r"\b[^.!?]*\b(?:please\s+)?(?:call|contact|reach\s+out|visit|email|speak|talk)\b",
    _I,
)
"""A page's closing invitation: "If you or a loved one wants to learn more about our substance
use programs, please contact us" (a service's offer, not a finding)."""
KEYWORDS = re.compile(r"^\W*(?:\w+\s+)?key[\s-]?words?\s*:", _I)
"""An article's keywords line ("Key Words: Veterans, peer support, PTSD, social support"),
after a stray word of the page ("advertisement Key Words: ...")."""
DATELINE = re.compile(
    r"^\W*(?:posted|published|updated|last (?:updated|reviewed)|date|as of)\b", _I
)
