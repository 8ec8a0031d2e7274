# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hgmo_ctl_global_optspecs
    string join \n i/inventory= n/dry-run y/yes format= hosts= v/verbose K/ask-become-pass break-lock color= h/help V/version
end

function __fish_hgmo_ctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hgmo_ctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hgmo_ctl_using_subcommand
    set -l cmd (__fish_hgmo_ctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -s V -l version -d 'Print version'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "restart-httpd" -d 'Rolling httpd restart of the hgweb hosts: drain, wait, restart, check, put back'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "reclone" -d 'Re-clone repositories on every hgweb mirror, host by host, without downtime'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "retire-repo" -d 'Retire a repository: move it aside on the master, delete it on the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "read-only" -d 'Mark repositories read-only, clear it, or show what is read-only'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "fncache" -d 'Check or rebuild a repository\'s fncache'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "merge-try-heads" -d 'Merge the non-public Try heads into one chain and push it (fast, resumable)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "failover" -d 'Move the master role to another hgssh host, never running two masters'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "replicate" -d 'Replicate a repository\'s hgrc or state to the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "hooks" -d 'Edit a repository\'s hooks (.hg/hgrc) on the master in $EDITOR and replicate them'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "replication" -d 'Replication lag and its remediation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "notifier" -d 'Pulse and SNS notifier remediation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "aggregator" -d 'The push data aggregator and its consumer groups file'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "bundles" -d 'Clone bundle manifests: restore the previous one, drop bad entries'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "strip" -d 'Strip a changeset (and its descendants) on the master and every mirror'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "lb" -d 'The load balancer\'s IP bans and rate limit (vTM)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "l10n" -d 'Localization repositories'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "pushlog" -d 'The pushlog of a repository on the master'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "upgrade-repo" -d 'Upgrade a repository\'s storage format on the master, then re-clone it on every mirror'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "stream-clone" -d 'Stream-clone a repository onto every hgweb mirror from the master (delete, clone)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "reset-twig" -d 'Reset a twig (projects/TWIG) to a fresh stream clone of its source, everywhere'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "services" -d 'Services of the hgssh and hgweb hosts'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "check" -d 'Monitoring checks'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "kafka" -d 'ZooKeeper and Kafka node management and the nuclear option'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "hgweb" -d 'An hgweb host joins or leaves: replication bootstrap, aggregator groups, load balancer'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "runbook" -d 'List the runbooks, show one, or run a site\'s own runbook file'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "mirrors" -d 'Compare every hgweb mirror with the master (heads and repository hash)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "inventory" -d 'Make or check the inventory from production\'s Ansible inventory'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "plan" -d 'Read the live state read-only and write a plan file for review: plan --out F -- COMMAND...'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "apply" -d 'Execute exactly a reviewed plan file, if nothing it depends on changed since'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "resume" -d 'Continue a run that failed, was interrupted or killed, without repeating what it did'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "history" -d 'List runs with their outcome'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l batch -d 'Hosts drained and restarted at once' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l drain-timeout -d 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l on-drain-timeout -d 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway' -r -f -a "ask\t''
wait\t''
back\t''
proceed\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l graceful -d '`apachectl graceful` instead of a restart (the guide\'s remedy for high memory): Apache\'s parent stays; each host is still drained first, and the configuration must parse everywhere before any host is touched'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l adopt-drained -d 'Take over nodes that were already out of service before the run (and put them back)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand restart-httpd" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l repo-file -d 'Read repository names from a file, one per line (# comments and blank lines skipped)' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l batch -d 'Hosts drained at once' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l drain-timeout -d 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l on-drain-timeout -d 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway' -r -f -a "ask\t''
wait\t''
back\t''
proceed\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l adopt-drained -d 'Take over nodes that were already out of service before the run (and put them back)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reclone" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -l confirm -d 'The repository name, typed in advance (for runs without a terminal)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -l via-replication -d 'Empty the mirrors through the replication log (hg replicatedelete)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand retire-repo" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -f -a "set" -d 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -f -a "clear" -d 'Make one repository or all writable again'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -f -a "status" -d 'Show what is read-only and why (every repository, or one)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and not __fish_seen_subcommand_from set clear status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -l reason -d 'Text shown to users whose push is refused' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -l all -d 'Every repository (the global read-only file)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -l all -d 'Every repository (the global read-only file)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from help" -f -a "set" -d 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Make one repository or all writable again'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show what is read-only and why (every repository, or one)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand read-only; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -f -a "check" -d 'Is data/PATH.i in the fncache on every host that holds the repository?'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -f -a "rebuild" -d 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and not __fish_seen_subcommand_from check rebuild help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -l path -d 'The path from the stream clone error' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from rebuild" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from help" -f -a "check" -d 'Is data/PATH.i in the fncache on every host that holds the repository?'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from help" -f -a "rebuild" -d 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand fncache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -l base -d 'Revision the chain starts on' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -l workdir -d 'Working copy of Try on this machine [default: $XDG_CACHE_HOME/hgmo-ctl/try]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -l batch -d 'Merges per transaction' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand merge-try-heads" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -l to -d 'The hgssh host that becomes the master' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -l from -d 'The current master [default: the inventory\'s expected master]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -l wait -d 'Seconds between removing the old master file and creating the new one [default: 60; never less than twice the monitor interval + 1]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand failover" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -f -a "hgrc" -d 'hg replicatehgrc on the master: send the repository\'s hgrc to the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -f -a "sync" -d 'hg replicatesync on the master: re-synchronise the repository on the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and not __fish_seen_subcommand_from hgrc sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from hgrc" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from help" -f -a "hgrc" -d 'hg replicatehgrc on the master: send the repository\'s hgrc to the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from help" -f -a "sync" -d 'hg replicatesync on the master: re-synchronise the repository on the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replicate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -f -a "edit" -d 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and not __fish_seen_subcommand_from edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -f -a "status" -d 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -f -a "dump" -d 'Show the pending messages of a partition on an hgweb host (read-only)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -f -a "heads" -d 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -f -a "skip" -d 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and not __fish_seen_subcommand_from status dump heads skip help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -l host -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -l partition -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -l host -d 'Only this hgweb host (inventory name) [default: every hgweb host]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from heads" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l host -d 'The hgweb host (inventory name)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l partition -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l count -d 'How many messages to skip' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l all-hosts -d 'Every hgweb host, one after the other'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from skip" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "status" -d 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Show the pending messages of a partition on an hgweb host (read-only)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "heads" -d 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "skip" -d 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -f -a "skip" -d 'Skip the message a notifier is wedged on, start it, re-check its lag'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and not __fish_seen_subcommand_from skip help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from skip" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from help" -f -a "skip" -d 'Skip the message a notifier is wedged on, start it, re-check its lag'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand notifier; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -f -a "restart" -d 'Restart the push data aggregator and watch its lag fall'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -f -a "groups" -d 'Compare the groups file with the inventory\'s hgweb hosts (show) or rewrite it (sync)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and not __fish_seen_subcommand_from restart groups help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -l pending -d 'The pending aggregator (pushdataaggregator-pending.service), which feeds the hgweb heads consumers'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart the push data aggregator and watch its lag fall'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from help" -f -a "groups" -d 'Compare the groups file with the inventory\'s hgweb hosts (show) or rewrite it (sync)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand aggregator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -f -a "restore" -d 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -f -a "drop" -d 'Drop the manifest lines that contain TEXT, after a typed confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and not __fish_seen_subcommand_from restore drop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -l pause-generation -d 'Also stop hg-bundle-generate.timer, so the next 04:00 run does not overwrite it'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -l spec -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -l confirm -d 'The repository name, typed in advance (for runs without a terminal)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -l pause-generation -d 'Also stop hg-bundle-generate.timer, so the next 04:00 run does not bring them back'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Drop the manifest lines that contain TEXT, after a typed confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand bundles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand strip" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -f -a "ban" -d 'Bans in the vTM\'s service protection class (the current guide\'s "Add banned IP")'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -f -a "rate" -d 'The vTM\'s rate limit (rate class hg-rate)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and not __fish_seen_subcommand_from ban rate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -f -a "list" -d 'Every banned address, with its expiry, who and why (exit 1 when one has expired)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -f -a "add" -d 'Ban an address or network until a time: the expiry is recorded in the class\'s note'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -f -a "remove" -d 'Lift a ban'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from ban" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -f -a "show" -d 'The limits of the rate class, per minute and per second (0: none)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -f -a "set" -d 'Set the limit per minute (0 turns it off)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from rate" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from help" -f -a "ban" -d 'Bans in the vTM\'s service protection class (the current guide\'s "Add banned IP")'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from help" -f -a "rate" -d 'The vTM\'s rate limit (rate class hg-rate)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand lb; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -f -a "new-channel" -d 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and not __fish_seen_subcommand_from new-channel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -l channel -d 'A channel to create it on (repeat for several) [default: aurora, beta, release]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from new-channel" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from help" -f -a "new-channel" -d 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand l10n; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -f -a "repair" -d 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and not __fish_seen_subcommand_from repair help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from repair" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from help" -f -a "repair" -d 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand pushlog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -l drain-timeout -d 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -l on-drain-timeout -d 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway' -r -f -a "ask\t''
wait\t''
back\t''
proceed\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -l adopt-drained -d 'Take over nodes that were already out of service before the run (and put them back)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand upgrade-repo" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand stream-clone" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -l source -d 'The repository the twig starts again from' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -l scm-level -d 'The group that may push to the twig' -r -f -a "scm_level_1\t''
scm_level_2\t''
scm_level_3\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand reset-twig" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Master file, hg-master.target and master-only units; replication consumers and httpd'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "status" -d 'Master file, hg-master.target and master-only units; replication consumers and httpd'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -f -a "zookeeper" -d 'The guide\'s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and not __fish_seen_subcommand_from zookeeper help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from zookeeper" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "zookeeper" -d 'The guide\'s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -f -a "add-node" -d 'Deploy, start ZooKeeper and then Kafka on a new node'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -f -a "rebalance" -d 'Reassign partitions onto brokers: generate, show, execute, verify'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -f -a "remove-node" -d 'Deploy without a node, then stop and disable Kafka and ZooKeeper there'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -f -a "reset" -d 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and not __fish_seen_subcommand_from add-node rebalance remove-node reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -l node -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from add-node" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -l on -d 'The Kafka host to run kafka-reassign-partitions.sh on' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -l brokers -d 'Broker ids, comma-separated (e.g. 14,15,16)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -l topics -d 'Topics to move, comma-separated' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from rebalance" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -l node -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from remove-node" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -l confirm -d 'Type `wipe kafka` in advance (for runs without a terminal)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from help" -f -a "add-node" -d 'Deploy, start ZooKeeper and then Kafka on a new node'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from help" -f -a "rebalance" -d 'Reassign partitions onto brokers: generate, show, execute, verify'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from help" -f -a "remove-node" -d 'Deploy without a node, then stop and disable Kafka and ZooKeeper there'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from help" -f -a "reset" -d 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand kafka; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -f -a "add" -d 'Bring a new or replaced hgweb host into service (production\'s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -f -a "remove" -d 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and not __fish_seen_subcommand_from add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l group -d 'Its replication consumer group [default: the short hostname]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l stream-clone -d 'A repository stream-cloned from the public front end instead of bootstrapped (repeat it) [default: try and try-comm-central]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l ssh-workers -d 'replicatesync calls at once in the master\'s bootstrap' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l hgweb-workers -d 'Clones at once in the host\'s bootstrap' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l group -d 'Its replication consumer group [default: the short hostname]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l drain-timeout -d 'Seconds to wait for the host to drain [default: 300]' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l on-drain-timeout -d 'When the drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway' -r -f -a "ask\t''
wait\t''
back\t''
proceed\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l host-down -d 'The host is unreachable: no drain, nothing run on it; only the load balancer and the master change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from help" -f -a "add" -d 'Bring a new or replaced hgweb host into service (production\'s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand hgweb; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -f -a "list" -d 'List every runbook'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -f -a "show" -d 'Show one runbook: purpose, parameters, steps'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -f -a "run" -d 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file\'s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and not __fish_seen_subcommand_from list show run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -s p -l param -d 'A parameter of the runbook (repeatable)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every runbook'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one runbook: purpose, parameters, steps'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file\'s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand runbook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -f -a "verify" -d 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and not __fish_seen_subcommand_from verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from help" -f -a "verify" -d 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand mirrors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -f -a "import" -d 'Read a version-control-tools checkout\'s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and not __fish_seen_subcommand_from import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -l from -d 'The version-control-tools checkout' -r -f -a "(__fish_complete_directories)"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -l out -d 'Write the inventory to FILE (refused if FILE exists) instead of standard output' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -l check -d 'Compare FILE with Ansible and list every difference (exit 1 when they differ)' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read a version-control-tools checkout\'s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand inventory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -l out -d 'The plan file (JSON; a Markdown rendering is written beside it as F.md)' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand plan" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand resume" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand history" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -s i -l inventory -d 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]' -r -F
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -l format -d 'How to print plans and reports' -r -f -a "text\t''
markdown\t''
json\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -l hosts -d 'Only these hosts (inventory names, comma-separated)' -r
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -l color -d 'When to use colours (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -s n -l dry-run -d 'Print the plan and exit: no connection, no request, no change'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -s y -l yes -d 'Answer yes to every confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -s v -l verbose -d 'Show probe commands and more detail'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -s K -l ask-become-pass -d 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo\'s standard input, never shown or logged'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -l break-lock -d 'Take over the operators\' lock on the master even if another run holds it (asks; audited)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "restart-httpd" -d 'Rolling httpd restart of the hgweb hosts: drain, wait, restart, check, put back'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "reclone" -d 'Re-clone repositories on every hgweb mirror, host by host, without downtime'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "retire-repo" -d 'Retire a repository: move it aside on the master, delete it on the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "read-only" -d 'Mark repositories read-only, clear it, or show what is read-only'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "fncache" -d 'Check or rebuild a repository\'s fncache'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "merge-try-heads" -d 'Merge the non-public Try heads into one chain and push it (fast, resumable)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "failover" -d 'Move the master role to another hgssh host, never running two masters'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "replicate" -d 'Replicate a repository\'s hgrc or state to the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "hooks" -d 'Edit a repository\'s hooks (.hg/hgrc) on the master in $EDITOR and replicate them'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "replication" -d 'Replication lag and its remediation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "notifier" -d 'Pulse and SNS notifier remediation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "aggregator" -d 'The push data aggregator and its consumer groups file'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "bundles" -d 'Clone bundle manifests: restore the previous one, drop bad entries'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "strip" -d 'Strip a changeset (and its descendants) on the master and every mirror'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "lb" -d 'The load balancer\'s IP bans and rate limit (vTM)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "l10n" -d 'Localization repositories'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "pushlog" -d 'The pushlog of a repository on the master'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "upgrade-repo" -d 'Upgrade a repository\'s storage format on the master, then re-clone it on every mirror'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "stream-clone" -d 'Stream-clone a repository onto every hgweb mirror from the master (delete, clone)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "reset-twig" -d 'Reset a twig (projects/TWIG) to a fresh stream clone of its source, everywhere'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "services" -d 'Services of the hgssh and hgweb hosts'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "check" -d 'Monitoring checks'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "kafka" -d 'ZooKeeper and Kafka node management and the nuclear option'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "hgweb" -d 'An hgweb host joins or leaves: replication bootstrap, aggregator groups, load balancer'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "runbook" -d 'List the runbooks, show one, or run a site\'s own runbook file'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "mirrors" -d 'Compare every hgweb mirror with the master (heads and repository hash)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "inventory" -d 'Make or check the inventory from production\'s Ansible inventory'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "plan" -d 'Read the live state read-only and write a plan file for review: plan --out F -- COMMAND...'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "apply" -d 'Execute exactly a reviewed plan file, if nothing it depends on changed since'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "resume" -d 'Continue a run that failed, was interrupted or killed, without repeating what it did'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "history" -d 'List runs with their outcome'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and not __fish_seen_subcommand_from restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from read-only" -f -a "set" -d 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from read-only" -f -a "clear" -d 'Make one repository or all writable again'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from read-only" -f -a "status" -d 'Show what is read-only and why (every repository, or one)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from fncache" -f -a "check" -d 'Is data/PATH.i in the fncache on every host that holds the repository?'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from fncache" -f -a "rebuild" -d 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from replicate" -f -a "hgrc" -d 'hg replicatehgrc on the master: send the repository\'s hgrc to the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from replicate" -f -a "sync" -d 'hg replicatesync on the master: re-synchronise the repository on the mirrors'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from hooks" -f -a "edit" -d 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "status" -d 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "dump" -d 'Show the pending messages of a partition on an hgweb host (read-only)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "heads" -d 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "skip" -d 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from notifier" -f -a "skip" -d 'Skip the message a notifier is wedged on, start it, re-check its lag'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from aggregator" -f -a "restart" -d 'Restart the push data aggregator and watch its lag fall'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from aggregator" -f -a "groups" -d 'Compare the groups file with the inventory\'s hgweb hosts (show) or rewrite it (sync)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from bundles" -f -a "restore" -d 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from bundles" -f -a "drop" -d 'Drop the manifest lines that contain TEXT, after a typed confirmation'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from lb" -f -a "ban" -d 'Bans in the vTM\'s service protection class (the current guide\'s "Add banned IP")'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from lb" -f -a "rate" -d 'The vTM\'s rate limit (rate class hg-rate)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from l10n" -f -a "new-channel" -d 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from pushlog" -f -a "repair" -d 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from services" -f -a "status" -d 'Master file, hg-master.target and master-only units; replication consumers and httpd'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "zookeeper" -d 'The guide\'s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from kafka" -f -a "add-node" -d 'Deploy, start ZooKeeper and then Kafka on a new node'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from kafka" -f -a "rebalance" -d 'Reassign partitions onto brokers: generate, show, execute, verify'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from kafka" -f -a "remove-node" -d 'Deploy without a node, then stop and disable Kafka and ZooKeeper there'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from kafka" -f -a "reset" -d 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from hgweb" -f -a "add" -d 'Bring a new or replaced hgweb host into service (production\'s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from hgweb" -f -a "remove" -d 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from runbook" -f -a "list" -d 'List every runbook'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from runbook" -f -a "show" -d 'Show one runbook: purpose, parameters, steps'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from runbook" -f -a "run" -d 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file\'s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from mirrors" -f -a "verify" -d 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)'
complete -c hgmo-ctl -n "__fish_hgmo_ctl_using_subcommand help; and __fish_seen_subcommand_from inventory" -f -a "import" -d 'Read a version-control-tools checkout\'s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check'
