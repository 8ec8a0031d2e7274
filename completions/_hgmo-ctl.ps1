
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hgmo-ctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hgmo-ctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hgmo-ctl' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('restart-httpd', 'restart-httpd', [CompletionResultType]::ParameterValue, 'Rolling httpd restart of the hgweb hosts: drain, wait, restart, check, put back')
            [CompletionResult]::new('reclone', 'reclone', [CompletionResultType]::ParameterValue, 'Re-clone repositories on every hgweb mirror, host by host, without downtime')
            [CompletionResult]::new('retire-repo', 'retire-repo', [CompletionResultType]::ParameterValue, 'Retire a repository: move it aside on the master, delete it on the mirrors')
            [CompletionResult]::new('read-only', 'read-only', [CompletionResultType]::ParameterValue, 'Mark repositories read-only, clear it, or show what is read-only')
            [CompletionResult]::new('fncache', 'fncache', [CompletionResultType]::ParameterValue, 'Check or rebuild a repository''s fncache')
            [CompletionResult]::new('merge-try-heads', 'merge-try-heads', [CompletionResultType]::ParameterValue, 'Merge the non-public Try heads into one chain and push it (fast, resumable)')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Move the master role to another hgssh host, never running two masters')
            [CompletionResult]::new('replicate', 'replicate', [CompletionResultType]::ParameterValue, 'Replicate a repository''s hgrc or state to the mirrors')
            [CompletionResult]::new('hooks', 'hooks', [CompletionResultType]::ParameterValue, 'Edit a repository''s hooks (.hg/hgrc) on the master in $EDITOR and replicate them')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Replication lag and its remediation')
            [CompletionResult]::new('notifier', 'notifier', [CompletionResultType]::ParameterValue, 'Pulse and SNS notifier remediation')
            [CompletionResult]::new('aggregator', 'aggregator', [CompletionResultType]::ParameterValue, 'The push data aggregator and its consumer groups file')
            [CompletionResult]::new('bundles', 'bundles', [CompletionResultType]::ParameterValue, 'Clone bundle manifests: restore the previous one, drop bad entries')
            [CompletionResult]::new('strip', 'strip', [CompletionResultType]::ParameterValue, 'Strip a changeset (and its descendants) on the master and every mirror')
            [CompletionResult]::new('lb', 'lb', [CompletionResultType]::ParameterValue, 'The load balancer''s IP bans and rate limit (vTM)')
            [CompletionResult]::new('l10n', 'l10n', [CompletionResultType]::ParameterValue, 'Localization repositories')
            [CompletionResult]::new('pushlog', 'pushlog', [CompletionResultType]::ParameterValue, 'The pushlog of a repository on the master')
            [CompletionResult]::new('upgrade-repo', 'upgrade-repo', [CompletionResultType]::ParameterValue, 'Upgrade a repository''s storage format on the master, then re-clone it on every mirror')
            [CompletionResult]::new('stream-clone', 'stream-clone', [CompletionResultType]::ParameterValue, 'Stream-clone a repository onto every hgweb mirror from the master (delete, clone)')
            [CompletionResult]::new('reset-twig', 'reset-twig', [CompletionResultType]::ParameterValue, 'Reset a twig (projects/TWIG) to a fresh stream clone of its source, everywhere')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Services of the hgssh and hgweb hosts')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Monitoring checks')
            [CompletionResult]::new('kafka', 'kafka', [CompletionResultType]::ParameterValue, 'ZooKeeper and Kafka node management and the nuclear option')
            [CompletionResult]::new('hgweb', 'hgweb', [CompletionResultType]::ParameterValue, 'An hgweb host joins or leaves: replication bootstrap, aggregator groups, load balancer')
            [CompletionResult]::new('runbook', 'runbook', [CompletionResultType]::ParameterValue, 'List the runbooks, show one, or run a site''s own runbook file')
            [CompletionResult]::new('mirrors', 'mirrors', [CompletionResultType]::ParameterValue, 'Compare every hgweb mirror with the master (heads and repository hash)')
            [CompletionResult]::new('inventory', 'inventory', [CompletionResultType]::ParameterValue, 'Make or check the inventory from production''s Ansible inventory')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Read the live state read-only and write a plan file for review: plan --out F -- COMMAND...')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Execute exactly a reviewed plan file, if nothing it depends on changed since')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue a run that failed, was interrupted or killed, without repeating what it did')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List runs with their outcome')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;restart-httpd' {
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Hosts drained and restarted at once')
            [CompletionResult]::new('--drain-timeout', '--drain-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]')
            [CompletionResult]::new('--on-drain-timeout', '--on-drain-timeout', [CompletionResultType]::ParameterName, 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--graceful', '--graceful', [CompletionResultType]::ParameterName, '`apachectl graceful` instead of a restart (the guide''s remedy for high memory): Apache''s parent stays; each host is still drained first, and the configuration must parse everywhere before any host is touched')
            [CompletionResult]::new('--adopt-drained', '--adopt-drained', [CompletionResultType]::ParameterName, 'Take over nodes that were already out of service before the run (and put them back)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;reclone' {
            [CompletionResult]::new('--repo-file', '--repo-file', [CompletionResultType]::ParameterName, 'Read repository names from a file, one per line (# comments and blank lines skipped)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Hosts drained at once')
            [CompletionResult]::new('--drain-timeout', '--drain-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]')
            [CompletionResult]::new('--on-drain-timeout', '--on-drain-timeout', [CompletionResultType]::ParameterName, 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--adopt-drained', '--adopt-drained', [CompletionResultType]::ParameterName, 'Take over nodes that were already out of service before the run (and put them back)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;retire-repo' {
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'The repository name, typed in advance (for runs without a terminal)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--via-replication', '--via-replication', [CompletionResultType]::ParameterName, 'Empty the mirrors through the replication log (hg replicatedelete)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;read-only' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Make one repository or all writable again')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what is read-only and why (every repository, or one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;read-only;set' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Text shown to users whose push is refused')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every repository (the global read-only file)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;read-only;clear' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every repository (the global read-only file)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;read-only;status' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;read-only;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Make one repository or all writable again')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what is read-only and why (every repository, or one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;read-only;help;set' {
            break
        }
        'hgmo-ctl;read-only;help;clear' {
            break
        }
        'hgmo-ctl;read-only;help;status' {
            break
        }
        'hgmo-ctl;read-only;help;help' {
            break
        }
        'hgmo-ctl;fncache' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is data/PATH.i in the fncache on every host that holds the repository?')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;fncache;check' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'The path from the stream clone error')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;fncache;rebuild' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;fncache;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is data/PATH.i in the fncache on every host that holds the repository?')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;fncache;help;check' {
            break
        }
        'hgmo-ctl;fncache;help;rebuild' {
            break
        }
        'hgmo-ctl;fncache;help;help' {
            break
        }
        'hgmo-ctl;merge-try-heads' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Revision the chain starts on')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working copy of Try on this machine [default: $XDG_CACHE_HOME/hgmo-ctl/try]')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Merges per transaction')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;failover' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The hgssh host that becomes the master')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The current master [default: the inventory''s expected master]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds between removing the old master file and creating the new one [default: 60; never less than twice the monitor interval + 1]')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;replicate' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('hgrc', 'hgrc', [CompletionResultType]::ParameterValue, 'hg replicatehgrc on the master: send the repository''s hgrc to the mirrors')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'hg replicatesync on the master: re-synchronise the repository on the mirrors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;replicate;hgrc' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;replicate;sync' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;replicate;help' {
            [CompletionResult]::new('hgrc', 'hgrc', [CompletionResultType]::ParameterValue, 'hg replicatehgrc on the master: send the repository''s hgrc to the mirrors')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'hg replicatesync on the master: re-synchronise the repository on the mirrors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;replicate;help;hgrc' {
            break
        }
        'hgmo-ctl;replicate;help;sync' {
            break
        }
        'hgmo-ctl;replicate;help;help' {
            break
        }
        'hgmo-ctl;hooks' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;hooks;edit' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;hooks;help' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;hooks;help;edit' {
            break
        }
        'hgmo-ctl;hooks;help;help' {
            break
        }
        'hgmo-ctl;replication' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Show the pending messages of a partition on an hgweb host (read-only)')
            [CompletionResult]::new('heads', 'heads', [CompletionResultType]::ParameterValue, 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;replication;status' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;replication;dump' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'host')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'partition')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;replication;heads' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only this hgweb host (inventory name) [default: every hgweb host]')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;replication;skip' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The hgweb host (inventory name)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'partition')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many messages to skip')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all-hosts', '--all-hosts', [CompletionResultType]::ParameterName, 'Every hgweb host, one after the other')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;replication;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Show the pending messages of a partition on an hgweb host (read-only)')
            [CompletionResult]::new('heads', 'heads', [CompletionResultType]::ParameterValue, 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;replication;help;status' {
            break
        }
        'hgmo-ctl;replication;help;dump' {
            break
        }
        'hgmo-ctl;replication;help;heads' {
            break
        }
        'hgmo-ctl;replication;help;skip' {
            break
        }
        'hgmo-ctl;replication;help;help' {
            break
        }
        'hgmo-ctl;notifier' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip the message a notifier is wedged on, start it, re-check its lag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;notifier;skip' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;notifier;help' {
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip the message a notifier is wedged on, start it, re-check its lag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;notifier;help;skip' {
            break
        }
        'hgmo-ctl;notifier;help;help' {
            break
        }
        'hgmo-ctl;aggregator' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart the push data aggregator and watch its lag fall')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Compare the groups file with the inventory''s hgweb hosts (show) or rewrite it (sync)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;aggregator;restart' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'The pending aggregator (pushdataaggregator-pending.service), which feeds the hgweb heads consumers')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;aggregator;groups' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;aggregator;help' {
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart the push data aggregator and watch its lag fall')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Compare the groups file with the inventory''s hgweb hosts (show) or rewrite it (sync)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;aggregator;help;restart' {
            break
        }
        'hgmo-ctl;aggregator;help;groups' {
            break
        }
        'hgmo-ctl;aggregator;help;help' {
            break
        }
        'hgmo-ctl;bundles' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop the manifest lines that contain TEXT, after a typed confirmation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;bundles;restore' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--pause-generation', '--pause-generation', [CompletionResultType]::ParameterName, 'Also stop hg-bundle-generate.timer, so the next 04:00 run does not overwrite it')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;bundles;drop' {
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'spec')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'The repository name, typed in advance (for runs without a terminal)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--pause-generation', '--pause-generation', [CompletionResultType]::ParameterName, 'Also stop hg-bundle-generate.timer, so the next 04:00 run does not bring them back')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;bundles;help' {
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop the manifest lines that contain TEXT, after a typed confirmation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;bundles;help;restore' {
            break
        }
        'hgmo-ctl;bundles;help;drop' {
            break
        }
        'hgmo-ctl;bundles;help;help' {
            break
        }
        'hgmo-ctl;strip' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;lb' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Bans in the vTM''s service protection class (the current guide''s "Add banned IP")')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'The vTM''s rate limit (rate class hg-rate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;lb;ban' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every banned address, with its expiry, who and why (exit 1 when one has expired)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ban an address or network until a time: the expiry is recorded in the class''s note')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Lift a ban')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;lb;ban;list' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;lb;ban;add' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long, e.g. 6h, 2d, 1week (the ban is reported as expired after that)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept with the ban)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;lb;ban;remove' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;lb;ban;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every banned address, with its expiry, who and why (exit 1 when one has expired)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ban an address or network until a time: the expiry is recorded in the class''s note')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Lift a ban')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;lb;ban;help;list' {
            break
        }
        'hgmo-ctl;lb;ban;help;add' {
            break
        }
        'hgmo-ctl;lb;ban;help;remove' {
            break
        }
        'hgmo-ctl;lb;ban;help;help' {
            break
        }
        'hgmo-ctl;lb;rate' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The limits of the rate class, per minute and per second (0: none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the limit per minute (0 turns it off)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;lb;rate;show' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;lb;rate;set' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;lb;rate;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The limits of the rate class, per minute and per second (0: none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the limit per minute (0 turns it off)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;lb;rate;help;show' {
            break
        }
        'hgmo-ctl;lb;rate;help;set' {
            break
        }
        'hgmo-ctl;lb;rate;help;help' {
            break
        }
        'hgmo-ctl;lb;help' {
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Bans in the vTM''s service protection class (the current guide''s "Add banned IP")')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'The vTM''s rate limit (rate class hg-rate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;lb;help;ban' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every banned address, with its expiry, who and why (exit 1 when one has expired)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ban an address or network until a time: the expiry is recorded in the class''s note')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Lift a ban')
            break
        }
        'hgmo-ctl;lb;help;ban;list' {
            break
        }
        'hgmo-ctl;lb;help;ban;add' {
            break
        }
        'hgmo-ctl;lb;help;ban;remove' {
            break
        }
        'hgmo-ctl;lb;help;rate' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The limits of the rate class, per minute and per second (0: none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the limit per minute (0 turns it off)')
            break
        }
        'hgmo-ctl;lb;help;rate;show' {
            break
        }
        'hgmo-ctl;lb;help;rate;set' {
            break
        }
        'hgmo-ctl;lb;help;help' {
            break
        }
        'hgmo-ctl;l10n' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('new-channel', 'new-channel', [CompletionResultType]::ParameterValue, 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;l10n;new-channel' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to create it on (repeat for several) [default: aurora, beta, release]')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;l10n;help' {
            [CompletionResult]::new('new-channel', 'new-channel', [CompletionResultType]::ParameterValue, 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;l10n;help;new-channel' {
            break
        }
        'hgmo-ctl;l10n;help;help' {
            break
        }
        'hgmo-ctl;pushlog' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;pushlog;repair' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;pushlog;help' {
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;pushlog;help;repair' {
            break
        }
        'hgmo-ctl;pushlog;help;help' {
            break
        }
        'hgmo-ctl;upgrade-repo' {
            [CompletionResult]::new('--drain-timeout', '--drain-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]')
            [CompletionResult]::new('--on-drain-timeout', '--on-drain-timeout', [CompletionResultType]::ParameterName, 'When a drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--adopt-drained', '--adopt-drained', [CompletionResultType]::ParameterName, 'Take over nodes that were already out of service before the run (and put them back)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;stream-clone' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;reset-twig' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The repository the twig starts again from')
            [CompletionResult]::new('--scm-level', '--scm-level', [CompletionResultType]::ParameterName, 'The group that may push to the twig')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;services' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Master file, hg-master.target and master-only units; replication consumers and httpd')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;services;status' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;services;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Master file, hg-master.target and master-only units; replication consumers and httpd')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;services;help;status' {
            break
        }
        'hgmo-ctl;services;help;help' {
            break
        }
        'hgmo-ctl;check' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('zookeeper', 'zookeeper', [CompletionResultType]::ParameterValue, 'The guide''s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;check;zookeeper' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;check;help' {
            [CompletionResult]::new('zookeeper', 'zookeeper', [CompletionResultType]::ParameterValue, 'The guide''s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;check;help;zookeeper' {
            break
        }
        'hgmo-ctl;check;help;help' {
            break
        }
        'hgmo-ctl;kafka' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add-node', 'add-node', [CompletionResultType]::ParameterValue, 'Deploy, start ZooKeeper and then Kafka on a new node')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Reassign partitions onto brokers: generate, show, execute, verify')
            [CompletionResult]::new('remove-node', 'remove-node', [CompletionResultType]::ParameterValue, 'Deploy without a node, then stop and disable Kafka and ZooKeeper there')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;kafka;add-node' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'node')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;kafka;rebalance' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The Kafka host to run kafka-reassign-partitions.sh on')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Broker ids, comma-separated (e.g. 14,15,16)')
            [CompletionResult]::new('--topics', '--topics', [CompletionResultType]::ParameterName, 'Topics to move, comma-separated')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;kafka;remove-node' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'node')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;kafka;reset' {
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Type `wipe kafka` in advance (for runs without a terminal)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;kafka;help' {
            [CompletionResult]::new('add-node', 'add-node', [CompletionResultType]::ParameterValue, 'Deploy, start ZooKeeper and then Kafka on a new node')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Reassign partitions onto brokers: generate, show, execute, verify')
            [CompletionResult]::new('remove-node', 'remove-node', [CompletionResultType]::ParameterValue, 'Deploy without a node, then stop and disable Kafka and ZooKeeper there')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;kafka;help;add-node' {
            break
        }
        'hgmo-ctl;kafka;help;rebalance' {
            break
        }
        'hgmo-ctl;kafka;help;remove-node' {
            break
        }
        'hgmo-ctl;kafka;help;reset' {
            break
        }
        'hgmo-ctl;kafka;help;help' {
            break
        }
        'hgmo-ctl;hgweb' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bring a new or replaced hgweb host into service (production''s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;hgweb;add' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Its replication consumer group [default: the short hostname]')
            [CompletionResult]::new('--stream-clone', '--stream-clone', [CompletionResultType]::ParameterName, 'A repository stream-cloned from the public front end instead of bootstrapped (repeat it) [default: try and try-comm-central]')
            [CompletionResult]::new('--ssh-workers', '--ssh-workers', [CompletionResultType]::ParameterName, 'replicatesync calls at once in the master''s bootstrap')
            [CompletionResult]::new('--hgweb-workers', '--hgweb-workers', [CompletionResultType]::ParameterName, 'Clones at once in the host''s bootstrap')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;hgweb;remove' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Its replication consumer group [default: the short hostname]')
            [CompletionResult]::new('--drain-timeout', '--drain-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the host to drain [default: 300]')
            [CompletionResult]::new('--on-drain-timeout', '--on-drain-timeout', [CompletionResultType]::ParameterName, 'When the drain times out: ask (back without a terminal), wait longer, put the host back and stop, or proceed anyway')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--host-down', '--host-down', [CompletionResultType]::ParameterName, 'The host is unreachable: no drain, nothing run on it; only the load balancer and the master change')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;hgweb;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bring a new or replaced hgweb host into service (production''s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;hgweb;help;add' {
            break
        }
        'hgmo-ctl;hgweb;help;remove' {
            break
        }
        'hgmo-ctl;hgweb;help;help' {
            break
        }
        'hgmo-ctl;runbook' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every runbook')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one runbook: purpose, parameters, steps')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file''s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;runbook;list' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;runbook;show' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;runbook;run' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A parameter of the runbook (repeatable)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'A parameter of the runbook (repeatable)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;runbook;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every runbook')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one runbook: purpose, parameters, steps')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file''s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;runbook;help;list' {
            break
        }
        'hgmo-ctl;runbook;help;show' {
            break
        }
        'hgmo-ctl;runbook;help;run' {
            break
        }
        'hgmo-ctl;runbook;help;help' {
            break
        }
        'hgmo-ctl;mirrors' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;mirrors;verify' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;mirrors;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;mirrors;help;verify' {
            break
        }
        'hgmo-ctl;mirrors;help;help' {
            break
        }
        'hgmo-ctl;inventory' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a version-control-tools checkout''s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;inventory;import' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The version-control-tools checkout')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the inventory to FILE (refused if FILE exists) instead of standard output')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Compare FILE with Ansible and list every difference (exit 1 when they differ)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;inventory;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a version-control-tools checkout''s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;inventory;help;import' {
            break
        }
        'hgmo-ctl;inventory;help;help' {
            break
        }
        'hgmo-ctl;plan' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The plan file (JSON; a Markdown rendering is written beside it as F.md)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;apply' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;resume' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;history' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;completions' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;man' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--inventory', '--inventory', [CompletionResultType]::ParameterName, 'Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print plans and reports')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Only these hosts (inventory names, comma-separated)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and exit: no connection, no request, no change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show probe commands and more detail')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--ask-become-pass', '--ask-become-pass', [CompletionResultType]::ParameterName, 'Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo''s standard input, never shown or logged')
            [CompletionResult]::new('--break-lock', '--break-lock', [CompletionResultType]::ParameterName, 'Take over the operators'' lock on the master even if another run holds it (asks; audited)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hgmo-ctl;help' {
            [CompletionResult]::new('restart-httpd', 'restart-httpd', [CompletionResultType]::ParameterValue, 'Rolling httpd restart of the hgweb hosts: drain, wait, restart, check, put back')
            [CompletionResult]::new('reclone', 'reclone', [CompletionResultType]::ParameterValue, 'Re-clone repositories on every hgweb mirror, host by host, without downtime')
            [CompletionResult]::new('retire-repo', 'retire-repo', [CompletionResultType]::ParameterValue, 'Retire a repository: move it aside on the master, delete it on the mirrors')
            [CompletionResult]::new('read-only', 'read-only', [CompletionResultType]::ParameterValue, 'Mark repositories read-only, clear it, or show what is read-only')
            [CompletionResult]::new('fncache', 'fncache', [CompletionResultType]::ParameterValue, 'Check or rebuild a repository''s fncache')
            [CompletionResult]::new('merge-try-heads', 'merge-try-heads', [CompletionResultType]::ParameterValue, 'Merge the non-public Try heads into one chain and push it (fast, resumable)')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Move the master role to another hgssh host, never running two masters')
            [CompletionResult]::new('replicate', 'replicate', [CompletionResultType]::ParameterValue, 'Replicate a repository''s hgrc or state to the mirrors')
            [CompletionResult]::new('hooks', 'hooks', [CompletionResultType]::ParameterValue, 'Edit a repository''s hooks (.hg/hgrc) on the master in $EDITOR and replicate them')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Replication lag and its remediation')
            [CompletionResult]::new('notifier', 'notifier', [CompletionResultType]::ParameterValue, 'Pulse and SNS notifier remediation')
            [CompletionResult]::new('aggregator', 'aggregator', [CompletionResultType]::ParameterValue, 'The push data aggregator and its consumer groups file')
            [CompletionResult]::new('bundles', 'bundles', [CompletionResultType]::ParameterValue, 'Clone bundle manifests: restore the previous one, drop bad entries')
            [CompletionResult]::new('strip', 'strip', [CompletionResultType]::ParameterValue, 'Strip a changeset (and its descendants) on the master and every mirror')
            [CompletionResult]::new('lb', 'lb', [CompletionResultType]::ParameterValue, 'The load balancer''s IP bans and rate limit (vTM)')
            [CompletionResult]::new('l10n', 'l10n', [CompletionResultType]::ParameterValue, 'Localization repositories')
            [CompletionResult]::new('pushlog', 'pushlog', [CompletionResultType]::ParameterValue, 'The pushlog of a repository on the master')
            [CompletionResult]::new('upgrade-repo', 'upgrade-repo', [CompletionResultType]::ParameterValue, 'Upgrade a repository''s storage format on the master, then re-clone it on every mirror')
            [CompletionResult]::new('stream-clone', 'stream-clone', [CompletionResultType]::ParameterValue, 'Stream-clone a repository onto every hgweb mirror from the master (delete, clone)')
            [CompletionResult]::new('reset-twig', 'reset-twig', [CompletionResultType]::ParameterValue, 'Reset a twig (projects/TWIG) to a fresh stream clone of its source, everywhere')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Services of the hgssh and hgweb hosts')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Monitoring checks')
            [CompletionResult]::new('kafka', 'kafka', [CompletionResultType]::ParameterValue, 'ZooKeeper and Kafka node management and the nuclear option')
            [CompletionResult]::new('hgweb', 'hgweb', [CompletionResultType]::ParameterValue, 'An hgweb host joins or leaves: replication bootstrap, aggregator groups, load balancer')
            [CompletionResult]::new('runbook', 'runbook', [CompletionResultType]::ParameterValue, 'List the runbooks, show one, or run a site''s own runbook file')
            [CompletionResult]::new('mirrors', 'mirrors', [CompletionResultType]::ParameterValue, 'Compare every hgweb mirror with the master (heads and repository hash)')
            [CompletionResult]::new('inventory', 'inventory', [CompletionResultType]::ParameterValue, 'Make or check the inventory from production''s Ansible inventory')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Read the live state read-only and write a plan file for review: plan --out F -- COMMAND...')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Execute exactly a reviewed plan file, if nothing it depends on changed since')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue a run that failed, was interrupted or killed, without repeating what it did')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List runs with their outcome')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hgmo-ctl;help;restart-httpd' {
            break
        }
        'hgmo-ctl;help;reclone' {
            break
        }
        'hgmo-ctl;help;retire-repo' {
            break
        }
        'hgmo-ctl;help;read-only' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mark one repository (.hg/readonlyreason) or all (the global file) read-only')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Make one repository or all writable again')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what is read-only and why (every repository, or one)')
            break
        }
        'hgmo-ctl;help;read-only;set' {
            break
        }
        'hgmo-ctl;help;read-only;clear' {
            break
        }
        'hgmo-ctl;help;read-only;status' {
            break
        }
        'hgmo-ctl;help;fncache' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Is data/PATH.i in the fncache on every host that holds the repository?')
            [CompletionResult]::new('rebuild', 'rebuild', [CompletionResultType]::ParameterValue, 'Back up and rebuild the fncache (hg debugrebuildfncache) on every host')
            break
        }
        'hgmo-ctl;help;fncache;check' {
            break
        }
        'hgmo-ctl;help;fncache;rebuild' {
            break
        }
        'hgmo-ctl;help;merge-try-heads' {
            break
        }
        'hgmo-ctl;help;failover' {
            break
        }
        'hgmo-ctl;help;replicate' {
            [CompletionResult]::new('hgrc', 'hgrc', [CompletionResultType]::ParameterValue, 'hg replicatehgrc on the master: send the repository''s hgrc to the mirrors')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'hg replicatesync on the master: re-synchronise the repository on the mirrors')
            break
        }
        'hgmo-ctl;help;replicate;hgrc' {
            break
        }
        'hgmo-ctl;help;replicate;sync' {
            break
        }
        'hgmo-ctl;help;hooks' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it')
            break
        }
        'hgmo-ctl;help;hooks;edit' {
            break
        }
        'hgmo-ctl;help;replication' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Show the pending messages of a partition on an hgweb host (read-only)')
            [CompletionResult]::new('heads', 'heads', [CompletionResultType]::ParameterValue, 'Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag check recover; a running unit is left alone')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip the message(s) a consumer is wedged on, restart it, watch it catch up')
            break
        }
        'hgmo-ctl;help;replication;status' {
            break
        }
        'hgmo-ctl;help;replication;dump' {
            break
        }
        'hgmo-ctl;help;replication;heads' {
            break
        }
        'hgmo-ctl;help;replication;skip' {
            break
        }
        'hgmo-ctl;help;notifier' {
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip the message a notifier is wedged on, start it, re-check its lag')
            break
        }
        'hgmo-ctl;help;notifier;skip' {
            break
        }
        'hgmo-ctl;help;aggregator' {
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart the push data aggregator and watch its lag fall')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Compare the groups file with the inventory''s hgweb hosts (show) or rewrite it (sync)')
            break
        }
        'hgmo-ctl;help;aggregator;restart' {
            break
        }
        'hgmo-ctl;help;aggregator;groups' {
            break
        }
        'hgmo-ctl;help;bundles' {
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop the manifest lines that contain TEXT, after a typed confirmation')
            break
        }
        'hgmo-ctl;help;bundles;restore' {
            break
        }
        'hgmo-ctl;help;bundles;drop' {
            break
        }
        'hgmo-ctl;help;strip' {
            break
        }
        'hgmo-ctl;help;lb' {
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Bans in the vTM''s service protection class (the current guide''s "Add banned IP")')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'The vTM''s rate limit (rate class hg-rate)')
            break
        }
        'hgmo-ctl;help;lb;ban' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every banned address, with its expiry, who and why (exit 1 when one has expired)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ban an address or network until a time: the expiry is recorded in the class''s note')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Lift a ban')
            break
        }
        'hgmo-ctl;help;lb;ban;list' {
            break
        }
        'hgmo-ctl;help;lb;ban;add' {
            break
        }
        'hgmo-ctl;help;lb;ban;remove' {
            break
        }
        'hgmo-ctl;help;lb;rate' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The limits of the rate class, per minute and per second (0: none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the limit per minute (0 turns it off)')
            break
        }
        'hgmo-ctl;help;lb;rate;show' {
            break
        }
        'hgmo-ctl;help;lb;rate;set' {
            break
        }
        'hgmo-ctl;help;l10n' {
            [CompletionResult]::new('new-channel', 'new-channel', [CompletionResultType]::ParameterValue, 'Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels: releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated')
            break
        }
        'hgmo-ctl;help;l10n;new-channel' {
            break
        }
        'hgmo-ctl;help;pushlog' {
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Delete the pushlog rows of changesets the repository no longer holds (after a backup), the cause of `UNIQUE constraint failed: changesets.rev` on push')
            break
        }
        'hgmo-ctl;help;pushlog;repair' {
            break
        }
        'hgmo-ctl;help;upgrade-repo' {
            break
        }
        'hgmo-ctl;help;stream-clone' {
            break
        }
        'hgmo-ctl;help;reset-twig' {
            break
        }
        'hgmo-ctl;help;services' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Master file, hg-master.target and master-only units; replication consumers and httpd')
            break
        }
        'hgmo-ctl;help;services;status' {
            break
        }
        'hgmo-ctl;help;check' {
            [CompletionResult]::new('zookeeper', 'zookeeper', [CompletionResultType]::ParameterValue, 'The guide''s check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)')
            break
        }
        'hgmo-ctl;help;check;zookeeper' {
            break
        }
        'hgmo-ctl;help;kafka' {
            [CompletionResult]::new('add-node', 'add-node', [CompletionResultType]::ParameterValue, 'Deploy, start ZooKeeper and then Kafka on a new node')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Reassign partitions onto brokers: generate, show, execute, verify')
            [CompletionResult]::new('remove-node', 'remove-node', [CompletionResultType]::ParameterValue, 'Deploy without a node, then stop and disable Kafka and ZooKeeper there')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'The nuclear option: wipe Kafka and ZooKeeper and start them from scratch')
            break
        }
        'hgmo-ctl;help;kafka;add-node' {
            break
        }
        'hgmo-ctl;help;kafka;rebalance' {
            break
        }
        'hgmo-ctl;help;kafka;remove-node' {
            break
        }
        'hgmo-ctl;help;kafka;reset' {
            break
        }
        'hgmo-ctl;help;hgweb' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bring a new or replaced hgweb host into service (production''s bootstrap-hgweb): pool (disabled), replication bootstrap, aggregator groups, health, in service')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take an hgweb host out of service for good: drain, out of the pool and the aggregator groups, its consumers and httpd stopped and disabled')
            break
        }
        'hgmo-ctl;help;hgweb;add' {
            break
        }
        'hgmo-ctl;help;hgweb;remove' {
            break
        }
        'hgmo-ctl;help;runbook' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every runbook')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one runbook: purpose, parameters, steps')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the file''s stem and differ from every built-in), with the same plan, dry run, confirmations, lock, journal and audit log as a built-in procedure')
            break
        }
        'hgmo-ctl;help;runbook;list' {
            break
        }
        'hgmo-ctl;help;runbook;show' {
            break
        }
        'hgmo-ctl;help;runbook;run' {
            break
        }
        'hgmo-ctl;help;mirrors' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'The consistency sweep: heads and hash of each repository on the master and every mirror at once; lists what differs and the reclone that repairs it (exit 1)')
            break
        }
        'hgmo-ctl;help;mirrors;verify' {
            break
        }
        'hgmo-ctl;help;inventory' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a version-control-tools checkout''s ansible/hosts and group_vars/hgmo (roles, ZooKeeper ids, the master) and write the inventory, or compare one with --check')
            break
        }
        'hgmo-ctl;help;inventory;import' {
            break
        }
        'hgmo-ctl;help;plan' {
            break
        }
        'hgmo-ctl;help;apply' {
            break
        }
        'hgmo-ctl;help;resume' {
            break
        }
        'hgmo-ctl;help;history' {
            break
        }
        'hgmo-ctl;help;completions' {
            break
        }
        'hgmo-ctl;help;man' {
            break
        }
        'hgmo-ctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
