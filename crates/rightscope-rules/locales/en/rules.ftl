# Rule texts for rightscope, generated from crates/rightscope-rules/rules/*/*.toml.
# Do not edit: change the rule file and run `RIGHTSCOPE_UPDATE_FTL=1 cargo test -p rightscope-rules`.

rule-LI001-summary =
    The text describes an interface for intercepting people's communications.
rule-LI001-why =
    An interception interface lets a third party copy people's calls and messages. Once it exists, it can be
    abused by insiders, attackers or governments without proper oversight. RFC 2804 explains why the IETF
    does not build wiretapping into its standards.
rule-LI001-fix =
    Remove the interception capability, or explain in a Human Rights Considerations section who can use it,
    under what oversight, and how misuse is detected and prevented.
