
use builtin;
use str;

set edit:completion:arg-completer[hgmo-ctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'hgmo-ctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'hgmo-ctl'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand restart-httpd 'Rolling httpd restart of the hgweb hosts: drain, wait, restart, check, put back'
            cand reclone 'Re-clone repositories on every hgweb mirror, host by host, without downtime'
            cand retire-repo 'Retire a repository: move it aside on the master, delete it on the mirrors'
            cand read-only 'Mark repositories read-only, clear it, or show what is read-only'
            cand fncache 'Check or rebuild a repository''s fncache'
            cand merge-try-heads 'Merge the non-public Try heads into one chain and push it (fast, resumable)'
            cand failover 'Move the master role to another hgssh host, never running two masters'
            cand replicate 'Replicate a repository''s hgrc or state to the mirrors'
            cand hooks 'Edit a repository''s hooks (.hg/hgrc) on the master in $EDITOR and replicate them'
            cand replication 'Replication lag and its remediation'
            cand notifier 'Pulse and SNS notifier remediation'
            cand aggregator 'The push data aggregator and its consumer groups file'
            cand bundles 'Clone bundle manifests: restore the previous one, drop bad entries'
            cand strip 'Strip a changeset (and its descendants) on the master and every mirror'
            cand lb 'The load balancer''s IP bans and rate limit (vTM)'
            cand l10n 'Localization repositories'
            cand pushlog 'The pushlog of a repository on the master'
            cand upgrade-repo 'Upgrade a repository''s storage format on the master, then re-clone it on every mirror'
            cand stream-clone 'Stream-clone a repository onto every hgweb mirror from the master (delete, clone)'
            cand reset-twig 'Reset a twig (projects/TWIG) to a fresh stream clone of its source, everywhere'
            cand services 'Services of the hgssh and hgweb hosts'
            cand check 'Monitoring checks'
            cand kafka 'ZooKeeper and Kafka node management and the nuclear option'
            cand hgweb 'An hgweb host joins or leaves: replication bootstrap, aggregator groups, load balancer'
            cand runbook 'List the runbooks, show one, or run a site''s own runbook file'
            cand mirrors 'Compare every hgweb mirror with the master (heads and repository hash)'
            cand inventory 'Make or check the inventory from production''s Ansible inventory'
            cand plan 'Read the live state read-only and write a plan file for review: plan --out F -- COMMAND...'
            cand apply 'Execute exactly a reviewed plan file, if nothing it depends on changed since'
            cand resume 'Continue a run that failed, was interrupted or killed, without repeating what it did'
            cand history 'List runs with their outcome'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;restart-httpd'= {
            cand --batch 'Hosts drained and restarted at once'
            cand --drain-timeout 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]'
            cand --on-drain-timeout 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --graceful '`apachectl graceful` instead of a restart (the guide''s remedy for high memory): Apache''s parent stays; each host is still drained first, and the configuration must parse everywhere before any host is touched'
            cand --adopt-drained 'Take over nodes that were already out of service before the run (and put them back)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;reclone'= {
            cand --repo-file 'Read repository names from a file, one per line (# comments and blank lines skipped)'
            cand --batch 'Hosts drained at once'
            cand --drain-timeout 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]'
            cand --on-drain-timeout 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --adopt-drained 'Take over nodes that were already out of service before the run (and put them back)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;retire-repo'= {
            cand --confirm 'The repository name, typed in advance (for runs without a terminal)'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --via-replication 'Empty the mirrors through the replication log (hg replicatedelete)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;read-only'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only'
            cand clear 'Make one repository or all writable again'
            cand status 'Show what is read-only and why (every repository, or one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;read-only;set'= {
            cand --reason 'Text shown to users whose push is refused'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --all 'Every repository (the global read-only file)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;read-only;clear'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --all 'Every repository (the global read-only file)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;read-only;status'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;read-only;help'= {
            cand set 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only'
            cand clear 'Make one repository or all writable again'
            cand status 'Show what is read-only and why (every repository, or one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;read-only;help;set'= {
        }
        &'hgmo-ctl;read-only;help;clear'= {
        }
        &'hgmo-ctl;read-only;help;status'= {
        }
        &'hgmo-ctl;read-only;help;help'= {
        }
        &'hgmo-ctl;fncache'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand check 'Is data/PATH.i in the fncache on every host that holds the repository?'
            cand rebuild 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;fncache;check'= {
            cand --path 'The path from the stream clone error'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;fncache;rebuild'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;fncache;help'= {
            cand check 'Is data/PATH.i in the fncache on every host that holds the repository?'
            cand rebuild 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;fncache;help;check'= {
        }
        &'hgmo-ctl;fncache;help;rebuild'= {
        }
        &'hgmo-ctl;fncache;help;help'= {
        }
        &'hgmo-ctl;merge-try-heads'= {
            cand --base 'Revision the chain starts on'
            cand --workdir 'Working copy of Try on this machine [default: $XDG_CACHE_HOME/hgmo-ctl/try]'
            cand --batch 'Merges per transaction'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;failover'= {
            cand --to 'The hgssh host that becomes the master'
            cand --from 'The current master [default: the inventory''s expected master]'
            cand --wait 'Seconds between removing the old master file and creating the new one [default: 60; never less than twice the monitor interval + 1]'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;replicate'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand hgrc 'hg replicatehgrc on the master: send the repository''s hgrc to the mirrors'
            cand sync 'hg replicatesync on the master: re-synchronise the repository on the mirrors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;replicate;hgrc'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;replicate;sync'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;replicate;help'= {
            cand hgrc 'hg replicatehgrc on the master: send the repository''s hgrc to the mirrors'
            cand sync 'hg replicatesync on the master: re-synchronise the repository on the mirrors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;replicate;help;hgrc'= {
        }
        &'hgmo-ctl;replicate;help;sync'= {
        }
        &'hgmo-ctl;replicate;help;help'= {
        }
        &'hgmo-ctl;hooks'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand edit 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;hooks;edit'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;hooks;help'= {
            cand edit 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;hooks;help;edit'= {
        }
        &'hgmo-ctl;hooks;help;help'= {
        }
        &'hgmo-ctl;replication'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
            cand dump 'Show the pending messages of a partition on an hgweb host (read-only)'
            cand heads 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone'
            cand skip 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;replication;status'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;replication;dump'= {
            cand --host 'host'
            cand --partition 'partition'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;replication;heads'= {
            cand --host 'Only this hgweb host (inventory name) [default: every hgweb host]'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;replication;skip'= {
            cand --host 'The hgweb host (inventory name)'
            cand --partition 'partition'
            cand --count 'How many messages to skip'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --all-hosts 'Every hgweb host, one after the other'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;replication;help'= {
            cand status 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
            cand dump 'Show the pending messages of a partition on an hgweb host (read-only)'
            cand heads 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone'
            cand skip 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;replication;help;status'= {
        }
        &'hgmo-ctl;replication;help;dump'= {
        }
        &'hgmo-ctl;replication;help;heads'= {
        }
        &'hgmo-ctl;replication;help;skip'= {
        }
        &'hgmo-ctl;replication;help;help'= {
        }
        &'hgmo-ctl;notifier'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand skip 'Skip the message a notifier is wedged on, start it, re-check its lag'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;notifier;skip'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;notifier;help'= {
            cand skip 'Skip the message a notifier is wedged on, start it, re-check its lag'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;notifier;help;skip'= {
        }
        &'hgmo-ctl;notifier;help;help'= {
        }
        &'hgmo-ctl;aggregator'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand restart 'Restart the push data aggregator and watch its lag fall'
            cand groups 'Compare the groups file with the inventory''s hgweb hosts (show) or rewrite it (sync)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;aggregator;restart'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --pending 'The pending aggregator (pushdataaggregator-pending.service), which feeds the hgweb heads consumers'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;aggregator;groups'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;aggregator;help'= {
            cand restart 'Restart the push data aggregator and watch its lag fall'
            cand groups 'Compare the groups file with the inventory''s hgweb hosts (show) or rewrite it (sync)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;aggregator;help;restart'= {
        }
        &'hgmo-ctl;aggregator;help;groups'= {
        }
        &'hgmo-ctl;aggregator;help;help'= {
        }
        &'hgmo-ctl;bundles'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand restore 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it'
            cand drop 'Drop the manifest lines that contain TEXT, after a typed confirmation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;bundles;restore'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --pause-generation 'Also stop hg-bundle-generate.timer, so the next 04:00 run does not overwrite it'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;bundles;drop'= {
            cand --spec 'spec'
            cand --confirm 'The repository name, typed in advance (for runs without a terminal)'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --pause-generation 'Also stop hg-bundle-generate.timer, so the next 04:00 run does not bring them back'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;bundles;help'= {
            cand restore 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it'
            cand drop 'Drop the manifest lines that contain TEXT, after a typed confirmation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;bundles;help;restore'= {
        }
        &'hgmo-ctl;bundles;help;drop'= {
        }
        &'hgmo-ctl;bundles;help;help'= {
        }
        &'hgmo-ctl;strip'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;lb'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand ban 'Bans in the vTM''s service protection class (the current guide''s "Add banned IP")'
            cand rate 'The vTM''s rate limit (rate class hg-rate)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;lb;ban'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Every banned address, with its expiry, who and why (exit 1 when one has expired)'
            cand add 'Ban an address or network until a time: the expiry is recorded in the class''s note'
            cand remove 'Lift a ban'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;lb;ban;list'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;lb;ban;add'= {
            cand --for 'How long, e.g. 6h, 2d, 1week (the ban is reported as expired after that)'
            cand --reason 'Why (kept with the ban)'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;lb;ban;remove'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;lb;ban;help'= {
            cand list 'Every banned address, with its expiry, who and why (exit 1 when one has expired)'
            cand add 'Ban an address or network until a time: the expiry is recorded in the class''s note'
            cand remove 'Lift a ban'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;lb;ban;help;list'= {
        }
        &'hgmo-ctl;lb;ban;help;add'= {
        }
        &'hgmo-ctl;lb;ban;help;remove'= {
        }
        &'hgmo-ctl;lb;ban;help;help'= {
        }
        &'hgmo-ctl;lb;rate'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The limits of the rate class, per minute and per second (0: none)'
            cand set 'Set the limit per minute (0 turns it off)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;lb;rate;show'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;lb;rate;set'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;lb;rate;help'= {
            cand show 'The limits of the rate class, per minute and per second (0: none)'
            cand set 'Set the limit per minute (0 turns it off)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;lb;rate;help;show'= {
        }
        &'hgmo-ctl;lb;rate;help;set'= {
        }
        &'hgmo-ctl;lb;rate;help;help'= {
        }
        &'hgmo-ctl;lb;help'= {
            cand ban 'Bans in the vTM''s service protection class (the current guide''s "Add banned IP")'
            cand rate 'The vTM''s rate limit (rate class hg-rate)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;lb;help;ban'= {
            cand list 'Every banned address, with its expiry, who and why (exit 1 when one has expired)'
            cand add 'Ban an address or network until a time: the expiry is recorded in the class''s note'
            cand remove 'Lift a ban'
        }
        &'hgmo-ctl;lb;help;ban;list'= {
        }
        &'hgmo-ctl;lb;help;ban;add'= {
        }
        &'hgmo-ctl;lb;help;ban;remove'= {
        }
        &'hgmo-ctl;lb;help;rate'= {
            cand show 'The limits of the rate class, per minute and per second (0: none)'
            cand set 'Set the limit per minute (0 turns it off)'
        }
        &'hgmo-ctl;lb;help;rate;show'= {
        }
        &'hgmo-ctl;lb;help;rate;set'= {
        }
        &'hgmo-ctl;lb;help;help'= {
        }
        &'hgmo-ctl;l10n'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand new-channel 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;l10n;new-channel'= {
            cand --channel 'A channel to create it on (repeat for several) [default: aurora, beta, release]'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;l10n;help'= {
            cand new-channel 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;l10n;help;new-channel'= {
        }
        &'hgmo-ctl;l10n;help;help'= {
        }
        &'hgmo-ctl;pushlog'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand repair 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;pushlog;repair'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;pushlog;help'= {
            cand repair 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;pushlog;help;repair'= {
        }
        &'hgmo-ctl;pushlog;help;help'= {
        }
        &'hgmo-ctl;upgrade-repo'= {
            cand --drain-timeout 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]'
            cand --on-drain-timeout 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --adopt-drained 'Take over nodes that were already out of service before the run (and put them back)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;stream-clone'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;reset-twig'= {
            cand --source 'The repository the twig starts again from'
            cand --scm-level 'The group that may push to the twig'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;services'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Master file, hg-master.target and master-only units; replication consumers and httpd'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;services;status'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;services;help'= {
            cand status 'Master file, hg-master.target and master-only units; replication consumers and httpd'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;services;help;status'= {
        }
        &'hgmo-ctl;services;help;help'= {
        }
        &'hgmo-ctl;check'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand zookeeper 'The guide''s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;check;zookeeper'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;check;help'= {
            cand zookeeper 'The guide''s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;check;help;zookeeper'= {
        }
        &'hgmo-ctl;check;help;help'= {
        }
        &'hgmo-ctl;kafka'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add-node 'Deploy, start ZooKeeper and then Kafka on a new node'
            cand rebalance 'Reassign partitions onto brokers: generate, show, execute, verify'
            cand remove-node 'Deploy without a node, then stop and disable Kafka and ZooKeeper there'
            cand reset 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;kafka;add-node'= {
            cand --node 'node'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;kafka;rebalance'= {
            cand --on 'The Kafka host to run kafka-reassign-partitions.sh on'
            cand --brokers 'Broker ids, comma-separated (e.g. 14,15,16)'
            cand --topics 'Topics to move, comma-separated'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;kafka;remove-node'= {
            cand --node 'node'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;kafka;reset'= {
            cand --confirm 'Type `wipe kafka` in advance (for runs without a terminal)'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;kafka;help'= {
            cand add-node 'Deploy, start ZooKeeper and then Kafka on a new node'
            cand rebalance 'Reassign partitions onto brokers: generate, show, execute, verify'
            cand remove-node 'Deploy without a node, then stop and disable Kafka and ZooKeeper there'
            cand reset 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;kafka;help;add-node'= {
        }
        &'hgmo-ctl;kafka;help;rebalance'= {
        }
        &'hgmo-ctl;kafka;help;remove-node'= {
        }
        &'hgmo-ctl;kafka;help;reset'= {
        }
        &'hgmo-ctl;kafka;help;help'= {
        }
        &'hgmo-ctl;hgweb'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Bring a new or replaced hgweb host into service (production''s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service'
            cand remove 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;hgweb;add'= {
            cand --group 'Its replication consumer group [default: the short hostname]'
            cand --stream-clone 'A repository stream-cloned from the public front end instead of bootstrapped (repeat it) [default: try and try-comm-central]'
            cand --ssh-workers 'replicatesync calls at once in the master''s bootstrap'
            cand --hgweb-workers 'Clones at once in the host''s bootstrap'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;hgweb;remove'= {
            cand --group 'Its replication consumer group [default: the short hostname]'
            cand --drain-timeout 'Seconds to wait for the host to drain [default: 300]'
            cand --on-drain-timeout 'When the drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand --host-down 'The host is unreachable: no drain, nothing run on it; only the load balancer and the master change'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;hgweb;help'= {
            cand add 'Bring a new or replaced hgweb host into service (production''s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service'
            cand remove 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;hgweb;help;add'= {
        }
        &'hgmo-ctl;hgweb;help;remove'= {
        }
        &'hgmo-ctl;hgweb;help;help'= {
        }
        &'hgmo-ctl;runbook'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List every runbook'
            cand show 'Show one runbook: purpose, parameters, steps'
            cand run 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file''s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;runbook;list'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;runbook;show'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;runbook;run'= {
            cand -p 'A parameter of the runbook (repeatable)'
            cand --param 'A parameter of the runbook (repeatable)'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;runbook;help'= {
            cand list 'List every runbook'
            cand show 'Show one runbook: purpose, parameters, steps'
            cand run 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file''s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;runbook;help;list'= {
        }
        &'hgmo-ctl;runbook;help;show'= {
        }
        &'hgmo-ctl;runbook;help;run'= {
        }
        &'hgmo-ctl;runbook;help;help'= {
        }
        &'hgmo-ctl;mirrors'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand verify 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;mirrors;verify'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;mirrors;help'= {
            cand verify 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;mirrors;help;verify'= {
        }
        &'hgmo-ctl;mirrors;help;help'= {
        }
        &'hgmo-ctl;inventory'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand import 'Read a version-control-tools checkout''s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;inventory;import'= {
            cand --from 'The version-control-tools checkout'
            cand --out 'Write the inventory to FILE (refused if FILE exists) instead of standard output'
            cand --check 'Compare FILE with Ansible and list every difference (exit 1 when they differ)'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;inventory;help'= {
            cand import 'Read a version-control-tools checkout''s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;inventory;help;import'= {
        }
        &'hgmo-ctl;inventory;help;help'= {
        }
        &'hgmo-ctl;plan'= {
            cand --out 'The plan file (JSON; a Markdown rendering is written beside it as F.md)'
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;apply'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;resume'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;history'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;completions'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;man'= {
            cand -i 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --inventory 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]'
            cand --format 'How to print plans and reports'
            cand --hosts 'Only these hosts (inventory names, comma-separated)'
            cand --color 'When to use colours (NO_COLOR is honoured with auto)'
            cand -n 'Print the plan and exit: no connection, no request, no change'
            cand --dry-run 'Print the plan and exit: no connection, no request, no change'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand -v 'Show probe commands and more detail'
            cand --verbose 'Show probe commands and more detail'
            cand -K 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --ask-become-pass 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged'
            cand --break-lock 'Take over the operators'' lock on the master even if another run holds it (asks; audited)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hgmo-ctl;help'= {
            cand restart-httpd 'Rolling httpd restart of the hgweb hosts: drain, wait, restart, check, put back'
            cand reclone 'Re-clone repositories on every hgweb mirror, host by host, without downtime'
            cand retire-repo 'Retire a repository: move it aside on the master, delete it on the mirrors'
            cand read-only 'Mark repositories read-only, clear it, or show what is read-only'
            cand fncache 'Check or rebuild a repository''s fncache'
            cand merge-try-heads 'Merge the non-public Try heads into one chain and push it (fast, resumable)'
            cand failover 'Move the master role to another hgssh host, never running two masters'
            cand replicate 'Replicate a repository''s hgrc or state to the mirrors'
            cand hooks 'Edit a repository''s hooks (.hg/hgrc) on the master in $EDITOR and replicate them'
            cand replication 'Replication lag and its remediation'
            cand notifier 'Pulse and SNS notifier remediation'
            cand aggregator 'The push data aggregator and its consumer groups file'
            cand bundles 'Clone bundle manifests: restore the previous one, drop bad entries'
            cand strip 'Strip a changeset (and its descendants) on the master and every mirror'
            cand lb 'The load balancer''s IP bans and rate limit (vTM)'
            cand l10n 'Localization repositories'
            cand pushlog 'The pushlog of a repository on the master'
            cand upgrade-repo 'Upgrade a repository''s storage format on the master, then re-clone it on every mirror'
            cand stream-clone 'Stream-clone a repository onto every hgweb mirror from the master (delete, clone)'
            cand reset-twig 'Reset a twig (projects/TWIG) to a fresh stream clone of its source, everywhere'
            cand services 'Services of the hgssh and hgweb hosts'
            cand check 'Monitoring checks'
            cand kafka 'ZooKeeper and Kafka node management and the nuclear option'
            cand hgweb 'An hgweb host joins or leaves: replication bootstrap, aggregator groups, load balancer'
            cand runbook 'List the runbooks, show one, or run a site''s own runbook file'
            cand mirrors 'Compare every hgweb mirror with the master (heads and repository hash)'
            cand inventory 'Make or check the inventory from production''s Ansible inventory'
            cand plan 'Read the live state read-only and write a plan file for review: plan --out F -- COMMAND...'
            cand apply 'Execute exactly a reviewed plan file, if nothing it depends on changed since'
            cand resume 'Continue a run that failed, was interrupted or killed, without repeating what it did'
            cand history 'List runs with their outcome'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hgmo-ctl;help;restart-httpd'= {
        }
        &'hgmo-ctl;help;reclone'= {
        }
        &'hgmo-ctl;help;retire-repo'= {
        }
        &'hgmo-ctl;help;read-only'= {
            cand set 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only'
            cand clear 'Make one repository or all writable again'
            cand status 'Show what is read-only and why (every repository, or one)'
        }
        &'hgmo-ctl;help;read-only;set'= {
        }
        &'hgmo-ctl;help;read-only;clear'= {
        }
        &'hgmo-ctl;help;read-only;status'= {
        }
        &'hgmo-ctl;help;fncache'= {
            cand check 'Is data/PATH.i in the fncache on every host that holds the repository?'
            cand rebuild 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host'
        }
        &'hgmo-ctl;help;fncache;check'= {
        }
        &'hgmo-ctl;help;fncache;rebuild'= {
        }
        &'hgmo-ctl;help;merge-try-heads'= {
        }
        &'hgmo-ctl;help;failover'= {
        }
        &'hgmo-ctl;help;replicate'= {
            cand hgrc 'hg replicatehgrc on the master: send the repository''s hgrc to the mirrors'
            cand sync 'hg replicatesync on the master: re-synchronise the repository on the mirrors'
        }
        &'hgmo-ctl;help;replicate;hgrc'= {
        }
        &'hgmo-ctl;help;replicate;sync'= {
        }
        &'hgmo-ctl;help;hooks'= {
            cand edit 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it'
        }
        &'hgmo-ctl;help;hooks;edit'= {
        }
        &'hgmo-ctl;help;replication'= {
            cand status 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
            cand dump 'Show the pending messages of a partition on an hgweb host (read-only)'
            cand heads 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone'
            cand skip 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up'
        }
        &'hgmo-ctl;help;replication;status'= {
        }
        &'hgmo-ctl;help;replication;dump'= {
        }
        &'hgmo-ctl;help;replication;heads'= {
        }
        &'hgmo-ctl;help;replication;skip'= {
        }
        &'hgmo-ctl;help;notifier'= {
            cand skip 'Skip the message a notifier is wedged on, start it, re-check its lag'
        }
        &'hgmo-ctl;help;notifier;skip'= {
        }
        &'hgmo-ctl;help;aggregator'= {
            cand restart 'Restart the push data aggregator and watch its lag fall'
            cand groups 'Compare the groups file with the inventory''s hgweb hosts (show) or rewrite it (sync)'
        }
        &'hgmo-ctl;help;aggregator;restart'= {
        }
        &'hgmo-ctl;help;aggregator;groups'= {
        }
        &'hgmo-ctl;help;bundles'= {
            cand restore 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it'
            cand drop 'Drop the manifest lines that contain TEXT, after a typed confirmation'
        }
        &'hgmo-ctl;help;bundles;restore'= {
        }
        &'hgmo-ctl;help;bundles;drop'= {
        }
        &'hgmo-ctl;help;strip'= {
        }
        &'hgmo-ctl;help;lb'= {
            cand ban 'Bans in the vTM''s service protection class (the current guide''s "Add banned IP")'
            cand rate 'The vTM''s rate limit (rate class hg-rate)'
        }
        &'hgmo-ctl;help;lb;ban'= {
            cand list 'Every banned address, with its expiry, who and why (exit 1 when one has expired)'
            cand add 'Ban an address or network until a time: the expiry is recorded in the class''s note'
            cand remove 'Lift a ban'
        }
        &'hgmo-ctl;help;lb;ban;list'= {
        }
        &'hgmo-ctl;help;lb;ban;add'= {
        }
        &'hgmo-ctl;help;lb;ban;remove'= {
        }
        &'hgmo-ctl;help;lb;rate'= {
            cand show 'The limits of the rate class, per minute and per second (0: none)'
            cand set 'Set the limit per minute (0 turns it off)'
        }
        &'hgmo-ctl;help;lb;rate;show'= {
        }
        &'hgmo-ctl;help;lb;rate;set'= {
        }
        &'hgmo-ctl;help;l10n'= {
            cand new-channel 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated'
        }
        &'hgmo-ctl;help;l10n;new-channel'= {
        }
        &'hgmo-ctl;help;pushlog'= {
            cand repair 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push'
        }
        &'hgmo-ctl;help;pushlog;repair'= {
        }
        &'hgmo-ctl;help;upgrade-repo'= {
        }
        &'hgmo-ctl;help;stream-clone'= {
        }
        &'hgmo-ctl;help;reset-twig'= {
        }
        &'hgmo-ctl;help;services'= {
            cand status 'Master file, hg-master.target and master-only units; replication consumers and httpd'
        }
        &'hgmo-ctl;help;services;status'= {
        }
        &'hgmo-ctl;help;check'= {
            cand zookeeper 'The guide''s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)'
        }
        &'hgmo-ctl;help;check;zookeeper'= {
        }
        &'hgmo-ctl;help;kafka'= {
            cand add-node 'Deploy, start ZooKeeper and then Kafka on a new node'
            cand rebalance 'Reassign partitions onto brokers: generate, show, execute, verify'
            cand remove-node 'Deploy without a node, then stop and disable Kafka and ZooKeeper there'
            cand reset 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch'
        }
        &'hgmo-ctl;help;kafka;add-node'= {
        }
        &'hgmo-ctl;help;kafka;rebalance'= {
        }
        &'hgmo-ctl;help;kafka;remove-node'= {
        }
        &'hgmo-ctl;help;kafka;reset'= {
        }
        &'hgmo-ctl;help;hgweb'= {
            cand add 'Bring a new or replaced hgweb host into service (production''s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service'
            cand remove 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled'
        }
        &'hgmo-ctl;help;hgweb;add'= {
        }
        &'hgmo-ctl;help;hgweb;remove'= {
        }
        &'hgmo-ctl;help;runbook'= {
            cand list 'List every runbook'
            cand show 'Show one runbook: purpose, parameters, steps'
            cand run 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file''s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure'
        }
        &'hgmo-ctl;help;runbook;list'= {
        }
        &'hgmo-ctl;help;runbook;show'= {
        }
        &'hgmo-ctl;help;runbook;run'= {
        }
        &'hgmo-ctl;help;mirrors'= {
            cand verify 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)'
        }
        &'hgmo-ctl;help;mirrors;verify'= {
        }
        &'hgmo-ctl;help;inventory'= {
            cand import 'Read a version-control-tools checkout''s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check'
        }
        &'hgmo-ctl;help;inventory;import'= {
        }
        &'hgmo-ctl;help;plan'= {
        }
        &'hgmo-ctl;help;apply'= {
        }
        &'hgmo-ctl;help;resume'= {
        }
        &'hgmo-ctl;help;history'= {
        }
        &'hgmo-ctl;help;completions'= {
        }
        &'hgmo-ctl;help;man'= {
        }
        &'hgmo-ctl;help;help'= {
        }
    ]
    $completions[$command]
}
