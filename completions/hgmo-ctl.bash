_hgmo__ctl() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="hgmo__ctl"
                ;;
            hgmo__ctl,aggregator)
                cmd="hgmo__ctl__subcmd__aggregator"
                ;;
            hgmo__ctl,apply)
                cmd="hgmo__ctl__subcmd__apply"
                ;;
            hgmo__ctl,bundles)
                cmd="hgmo__ctl__subcmd__bundles"
                ;;
            hgmo__ctl,check)
                cmd="hgmo__ctl__subcmd__check"
                ;;
            hgmo__ctl,completions)
                cmd="hgmo__ctl__subcmd__completions"
                ;;
            hgmo__ctl,failover)
                cmd="hgmo__ctl__subcmd__failover"
                ;;
            hgmo__ctl,fncache)
                cmd="hgmo__ctl__subcmd__fncache"
                ;;
            hgmo__ctl,help)
                cmd="hgmo__ctl__subcmd__help"
                ;;
            hgmo__ctl,hgweb)
                cmd="hgmo__ctl__subcmd__hgweb"
                ;;
            hgmo__ctl,history)
                cmd="hgmo__ctl__subcmd__history"
                ;;
            hgmo__ctl,hooks)
                cmd="hgmo__ctl__subcmd__hooks"
                ;;
            hgmo__ctl,inventory)
                cmd="hgmo__ctl__subcmd__inventory"
                ;;
            hgmo__ctl,kafka)
                cmd="hgmo__ctl__subcmd__kafka"
                ;;
            hgmo__ctl,l10n)
                cmd="hgmo__ctl__subcmd__l10n"
                ;;
            hgmo__ctl,lb)
                cmd="hgmo__ctl__subcmd__lb"
                ;;
            hgmo__ctl,man)
                cmd="hgmo__ctl__subcmd__man"
                ;;
            hgmo__ctl,merge-try-heads)
                cmd="hgmo__ctl__subcmd__merge__subcmd__try__subcmd__heads"
                ;;
            hgmo__ctl,mirrors)
                cmd="hgmo__ctl__subcmd__mirrors"
                ;;
            hgmo__ctl,notifier)
                cmd="hgmo__ctl__subcmd__notifier"
                ;;
            hgmo__ctl,plan)
                cmd="hgmo__ctl__subcmd__plan"
                ;;
            hgmo__ctl,pushlog)
                cmd="hgmo__ctl__subcmd__pushlog"
                ;;
            hgmo__ctl,read-only)
                cmd="hgmo__ctl__subcmd__read__subcmd__only"
                ;;
            hgmo__ctl,reclone)
                cmd="hgmo__ctl__subcmd__reclone"
                ;;
            hgmo__ctl,replicate)
                cmd="hgmo__ctl__subcmd__replicate"
                ;;
            hgmo__ctl,replication)
                cmd="hgmo__ctl__subcmd__replication"
                ;;
            hgmo__ctl,reset-twig)
                cmd="hgmo__ctl__subcmd__reset__subcmd__twig"
                ;;
            hgmo__ctl,restart-httpd)
                cmd="hgmo__ctl__subcmd__restart__subcmd__httpd"
                ;;
            hgmo__ctl,resume)
                cmd="hgmo__ctl__subcmd__resume"
                ;;
            hgmo__ctl,retire-repo)
                cmd="hgmo__ctl__subcmd__retire__subcmd__repo"
                ;;
            hgmo__ctl,runbook)
                cmd="hgmo__ctl__subcmd__runbook"
                ;;
            hgmo__ctl,services)
                cmd="hgmo__ctl__subcmd__services"
                ;;
            hgmo__ctl,stream-clone)
                cmd="hgmo__ctl__subcmd__stream__subcmd__clone"
                ;;
            hgmo__ctl,strip)
                cmd="hgmo__ctl__subcmd__strip"
                ;;
            hgmo__ctl,upgrade-repo)
                cmd="hgmo__ctl__subcmd__upgrade__subcmd__repo"
                ;;
            hgmo__ctl__subcmd__aggregator,groups)
                cmd="hgmo__ctl__subcmd__aggregator__subcmd__groups"
                ;;
            hgmo__ctl__subcmd__aggregator,help)
                cmd="hgmo__ctl__subcmd__aggregator__subcmd__help"
                ;;
            hgmo__ctl__subcmd__aggregator,restart)
                cmd="hgmo__ctl__subcmd__aggregator__subcmd__restart"
                ;;
            hgmo__ctl__subcmd__aggregator__subcmd__help,groups)
                cmd="hgmo__ctl__subcmd__aggregator__subcmd__help__subcmd__groups"
                ;;
            hgmo__ctl__subcmd__aggregator__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__aggregator__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__aggregator__subcmd__help,restart)
                cmd="hgmo__ctl__subcmd__aggregator__subcmd__help__subcmd__restart"
                ;;
            hgmo__ctl__subcmd__bundles,drop)
                cmd="hgmo__ctl__subcmd__bundles__subcmd__drop"
                ;;
            hgmo__ctl__subcmd__bundles,help)
                cmd="hgmo__ctl__subcmd__bundles__subcmd__help"
                ;;
            hgmo__ctl__subcmd__bundles,restore)
                cmd="hgmo__ctl__subcmd__bundles__subcmd__restore"
                ;;
            hgmo__ctl__subcmd__bundles__subcmd__help,drop)
                cmd="hgmo__ctl__subcmd__bundles__subcmd__help__subcmd__drop"
                ;;
            hgmo__ctl__subcmd__bundles__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__bundles__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__bundles__subcmd__help,restore)
                cmd="hgmo__ctl__subcmd__bundles__subcmd__help__subcmd__restore"
                ;;
            hgmo__ctl__subcmd__check,help)
                cmd="hgmo__ctl__subcmd__check__subcmd__help"
                ;;
            hgmo__ctl__subcmd__check,zookeeper)
                cmd="hgmo__ctl__subcmd__check__subcmd__zookeeper"
                ;;
            hgmo__ctl__subcmd__check__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__check__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__check__subcmd__help,zookeeper)
                cmd="hgmo__ctl__subcmd__check__subcmd__help__subcmd__zookeeper"
                ;;
            hgmo__ctl__subcmd__fncache,check)
                cmd="hgmo__ctl__subcmd__fncache__subcmd__check"
                ;;
            hgmo__ctl__subcmd__fncache,help)
                cmd="hgmo__ctl__subcmd__fncache__subcmd__help"
                ;;
            hgmo__ctl__subcmd__fncache,rebuild)
                cmd="hgmo__ctl__subcmd__fncache__subcmd__rebuild"
                ;;
            hgmo__ctl__subcmd__fncache__subcmd__help,check)
                cmd="hgmo__ctl__subcmd__fncache__subcmd__help__subcmd__check"
                ;;
            hgmo__ctl__subcmd__fncache__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__fncache__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__fncache__subcmd__help,rebuild)
                cmd="hgmo__ctl__subcmd__fncache__subcmd__help__subcmd__rebuild"
                ;;
            hgmo__ctl__subcmd__help,aggregator)
                cmd="hgmo__ctl__subcmd__help__subcmd__aggregator"
                ;;
            hgmo__ctl__subcmd__help,apply)
                cmd="hgmo__ctl__subcmd__help__subcmd__apply"
                ;;
            hgmo__ctl__subcmd__help,bundles)
                cmd="hgmo__ctl__subcmd__help__subcmd__bundles"
                ;;
            hgmo__ctl__subcmd__help,check)
                cmd="hgmo__ctl__subcmd__help__subcmd__check"
                ;;
            hgmo__ctl__subcmd__help,completions)
                cmd="hgmo__ctl__subcmd__help__subcmd__completions"
                ;;
            hgmo__ctl__subcmd__help,failover)
                cmd="hgmo__ctl__subcmd__help__subcmd__failover"
                ;;
            hgmo__ctl__subcmd__help,fncache)
                cmd="hgmo__ctl__subcmd__help__subcmd__fncache"
                ;;
            hgmo__ctl__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__help,hgweb)
                cmd="hgmo__ctl__subcmd__help__subcmd__hgweb"
                ;;
            hgmo__ctl__subcmd__help,history)
                cmd="hgmo__ctl__subcmd__help__subcmd__history"
                ;;
            hgmo__ctl__subcmd__help,hooks)
                cmd="hgmo__ctl__subcmd__help__subcmd__hooks"
                ;;
            hgmo__ctl__subcmd__help,inventory)
                cmd="hgmo__ctl__subcmd__help__subcmd__inventory"
                ;;
            hgmo__ctl__subcmd__help,kafka)
                cmd="hgmo__ctl__subcmd__help__subcmd__kafka"
                ;;
            hgmo__ctl__subcmd__help,l10n)
                cmd="hgmo__ctl__subcmd__help__subcmd__l10n"
                ;;
            hgmo__ctl__subcmd__help,lb)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb"
                ;;
            hgmo__ctl__subcmd__help,man)
                cmd="hgmo__ctl__subcmd__help__subcmd__man"
                ;;
            hgmo__ctl__subcmd__help,merge-try-heads)
                cmd="hgmo__ctl__subcmd__help__subcmd__merge__subcmd__try__subcmd__heads"
                ;;
            hgmo__ctl__subcmd__help,mirrors)
                cmd="hgmo__ctl__subcmd__help__subcmd__mirrors"
                ;;
            hgmo__ctl__subcmd__help,notifier)
                cmd="hgmo__ctl__subcmd__help__subcmd__notifier"
                ;;
            hgmo__ctl__subcmd__help,plan)
                cmd="hgmo__ctl__subcmd__help__subcmd__plan"
                ;;
            hgmo__ctl__subcmd__help,pushlog)
                cmd="hgmo__ctl__subcmd__help__subcmd__pushlog"
                ;;
            hgmo__ctl__subcmd__help,read-only)
                cmd="hgmo__ctl__subcmd__help__subcmd__read__subcmd__only"
                ;;
            hgmo__ctl__subcmd__help,reclone)
                cmd="hgmo__ctl__subcmd__help__subcmd__reclone"
                ;;
            hgmo__ctl__subcmd__help,replicate)
                cmd="hgmo__ctl__subcmd__help__subcmd__replicate"
                ;;
            hgmo__ctl__subcmd__help,replication)
                cmd="hgmo__ctl__subcmd__help__subcmd__replication"
                ;;
            hgmo__ctl__subcmd__help,reset-twig)
                cmd="hgmo__ctl__subcmd__help__subcmd__reset__subcmd__twig"
                ;;
            hgmo__ctl__subcmd__help,restart-httpd)
                cmd="hgmo__ctl__subcmd__help__subcmd__restart__subcmd__httpd"
                ;;
            hgmo__ctl__subcmd__help,resume)
                cmd="hgmo__ctl__subcmd__help__subcmd__resume"
                ;;
            hgmo__ctl__subcmd__help,retire-repo)
                cmd="hgmo__ctl__subcmd__help__subcmd__retire__subcmd__repo"
                ;;
            hgmo__ctl__subcmd__help,runbook)
                cmd="hgmo__ctl__subcmd__help__subcmd__runbook"
                ;;
            hgmo__ctl__subcmd__help,services)
                cmd="hgmo__ctl__subcmd__help__subcmd__services"
                ;;
            hgmo__ctl__subcmd__help,stream-clone)
                cmd="hgmo__ctl__subcmd__help__subcmd__stream__subcmd__clone"
                ;;
            hgmo__ctl__subcmd__help,strip)
                cmd="hgmo__ctl__subcmd__help__subcmd__strip"
                ;;
            hgmo__ctl__subcmd__help,upgrade-repo)
                cmd="hgmo__ctl__subcmd__help__subcmd__upgrade__subcmd__repo"
                ;;
            hgmo__ctl__subcmd__help__subcmd__aggregator,groups)
                cmd="hgmo__ctl__subcmd__help__subcmd__aggregator__subcmd__groups"
                ;;
            hgmo__ctl__subcmd__help__subcmd__aggregator,restart)
                cmd="hgmo__ctl__subcmd__help__subcmd__aggregator__subcmd__restart"
                ;;
            hgmo__ctl__subcmd__help__subcmd__bundles,drop)
                cmd="hgmo__ctl__subcmd__help__subcmd__bundles__subcmd__drop"
                ;;
            hgmo__ctl__subcmd__help__subcmd__bundles,restore)
                cmd="hgmo__ctl__subcmd__help__subcmd__bundles__subcmd__restore"
                ;;
            hgmo__ctl__subcmd__help__subcmd__check,zookeeper)
                cmd="hgmo__ctl__subcmd__help__subcmd__check__subcmd__zookeeper"
                ;;
            hgmo__ctl__subcmd__help__subcmd__fncache,check)
                cmd="hgmo__ctl__subcmd__help__subcmd__fncache__subcmd__check"
                ;;
            hgmo__ctl__subcmd__help__subcmd__fncache,rebuild)
                cmd="hgmo__ctl__subcmd__help__subcmd__fncache__subcmd__rebuild"
                ;;
            hgmo__ctl__subcmd__help__subcmd__hgweb,add)
                cmd="hgmo__ctl__subcmd__help__subcmd__hgweb__subcmd__add"
                ;;
            hgmo__ctl__subcmd__help__subcmd__hgweb,remove)
                cmd="hgmo__ctl__subcmd__help__subcmd__hgweb__subcmd__remove"
                ;;
            hgmo__ctl__subcmd__help__subcmd__hooks,edit)
                cmd="hgmo__ctl__subcmd__help__subcmd__hooks__subcmd__edit"
                ;;
            hgmo__ctl__subcmd__help__subcmd__inventory,import)
                cmd="hgmo__ctl__subcmd__help__subcmd__inventory__subcmd__import"
                ;;
            hgmo__ctl__subcmd__help__subcmd__kafka,add-node)
                cmd="hgmo__ctl__subcmd__help__subcmd__kafka__subcmd__add__subcmd__node"
                ;;
            hgmo__ctl__subcmd__help__subcmd__kafka,rebalance)
                cmd="hgmo__ctl__subcmd__help__subcmd__kafka__subcmd__rebalance"
                ;;
            hgmo__ctl__subcmd__help__subcmd__kafka,remove-node)
                cmd="hgmo__ctl__subcmd__help__subcmd__kafka__subcmd__remove__subcmd__node"
                ;;
            hgmo__ctl__subcmd__help__subcmd__kafka,reset)
                cmd="hgmo__ctl__subcmd__help__subcmd__kafka__subcmd__reset"
                ;;
            hgmo__ctl__subcmd__help__subcmd__l10n,new-channel)
                cmd="hgmo__ctl__subcmd__help__subcmd__l10n__subcmd__new__subcmd__channel"
                ;;
            hgmo__ctl__subcmd__help__subcmd__lb,ban)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb__subcmd__ban"
                ;;
            hgmo__ctl__subcmd__help__subcmd__lb,rate)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb__subcmd__rate"
                ;;
            hgmo__ctl__subcmd__help__subcmd__lb__subcmd__ban,add)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb__subcmd__ban__subcmd__add"
                ;;
            hgmo__ctl__subcmd__help__subcmd__lb__subcmd__ban,list)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb__subcmd__ban__subcmd__list"
                ;;
            hgmo__ctl__subcmd__help__subcmd__lb__subcmd__ban,remove)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb__subcmd__ban__subcmd__remove"
                ;;
            hgmo__ctl__subcmd__help__subcmd__lb__subcmd__rate,set)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb__subcmd__rate__subcmd__set"
                ;;
            hgmo__ctl__subcmd__help__subcmd__lb__subcmd__rate,show)
                cmd="hgmo__ctl__subcmd__help__subcmd__lb__subcmd__rate__subcmd__show"
                ;;
            hgmo__ctl__subcmd__help__subcmd__mirrors,verify)
                cmd="hgmo__ctl__subcmd__help__subcmd__mirrors__subcmd__verify"
                ;;
            hgmo__ctl__subcmd__help__subcmd__notifier,skip)
                cmd="hgmo__ctl__subcmd__help__subcmd__notifier__subcmd__skip"
                ;;
            hgmo__ctl__subcmd__help__subcmd__pushlog,repair)
                cmd="hgmo__ctl__subcmd__help__subcmd__pushlog__subcmd__repair"
                ;;
            hgmo__ctl__subcmd__help__subcmd__read__subcmd__only,clear)
                cmd="hgmo__ctl__subcmd__help__subcmd__read__subcmd__only__subcmd__clear"
                ;;
            hgmo__ctl__subcmd__help__subcmd__read__subcmd__only,set)
                cmd="hgmo__ctl__subcmd__help__subcmd__read__subcmd__only__subcmd__set"
                ;;
            hgmo__ctl__subcmd__help__subcmd__read__subcmd__only,status)
                cmd="hgmo__ctl__subcmd__help__subcmd__read__subcmd__only__subcmd__status"
                ;;
            hgmo__ctl__subcmd__help__subcmd__replicate,hgrc)
                cmd="hgmo__ctl__subcmd__help__subcmd__replicate__subcmd__hgrc"
                ;;
            hgmo__ctl__subcmd__help__subcmd__replicate,sync)
                cmd="hgmo__ctl__subcmd__help__subcmd__replicate__subcmd__sync"
                ;;
            hgmo__ctl__subcmd__help__subcmd__replication,dump)
                cmd="hgmo__ctl__subcmd__help__subcmd__replication__subcmd__dump"
                ;;
            hgmo__ctl__subcmd__help__subcmd__replication,heads)
                cmd="hgmo__ctl__subcmd__help__subcmd__replication__subcmd__heads"
                ;;
            hgmo__ctl__subcmd__help__subcmd__replication,skip)
                cmd="hgmo__ctl__subcmd__help__subcmd__replication__subcmd__skip"
                ;;
            hgmo__ctl__subcmd__help__subcmd__replication,status)
                cmd="hgmo__ctl__subcmd__help__subcmd__replication__subcmd__status"
                ;;
            hgmo__ctl__subcmd__help__subcmd__runbook,list)
                cmd="hgmo__ctl__subcmd__help__subcmd__runbook__subcmd__list"
                ;;
            hgmo__ctl__subcmd__help__subcmd__runbook,run)
                cmd="hgmo__ctl__subcmd__help__subcmd__runbook__subcmd__run"
                ;;
            hgmo__ctl__subcmd__help__subcmd__runbook,show)
                cmd="hgmo__ctl__subcmd__help__subcmd__runbook__subcmd__show"
                ;;
            hgmo__ctl__subcmd__help__subcmd__services,status)
                cmd="hgmo__ctl__subcmd__help__subcmd__services__subcmd__status"
                ;;
            hgmo__ctl__subcmd__hgweb,add)
                cmd="hgmo__ctl__subcmd__hgweb__subcmd__add"
                ;;
            hgmo__ctl__subcmd__hgweb,help)
                cmd="hgmo__ctl__subcmd__hgweb__subcmd__help"
                ;;
            hgmo__ctl__subcmd__hgweb,remove)
                cmd="hgmo__ctl__subcmd__hgweb__subcmd__remove"
                ;;
            hgmo__ctl__subcmd__hgweb__subcmd__help,add)
                cmd="hgmo__ctl__subcmd__hgweb__subcmd__help__subcmd__add"
                ;;
            hgmo__ctl__subcmd__hgweb__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__hgweb__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__hgweb__subcmd__help,remove)
                cmd="hgmo__ctl__subcmd__hgweb__subcmd__help__subcmd__remove"
                ;;
            hgmo__ctl__subcmd__hooks,edit)
                cmd="hgmo__ctl__subcmd__hooks__subcmd__edit"
                ;;
            hgmo__ctl__subcmd__hooks,help)
                cmd="hgmo__ctl__subcmd__hooks__subcmd__help"
                ;;
            hgmo__ctl__subcmd__hooks__subcmd__help,edit)
                cmd="hgmo__ctl__subcmd__hooks__subcmd__help__subcmd__edit"
                ;;
            hgmo__ctl__subcmd__hooks__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__hooks__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__inventory,help)
                cmd="hgmo__ctl__subcmd__inventory__subcmd__help"
                ;;
            hgmo__ctl__subcmd__inventory,import)
                cmd="hgmo__ctl__subcmd__inventory__subcmd__import"
                ;;
            hgmo__ctl__subcmd__inventory__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__inventory__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__inventory__subcmd__help,import)
                cmd="hgmo__ctl__subcmd__inventory__subcmd__help__subcmd__import"
                ;;
            hgmo__ctl__subcmd__kafka,add-node)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__add__subcmd__node"
                ;;
            hgmo__ctl__subcmd__kafka,help)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__help"
                ;;
            hgmo__ctl__subcmd__kafka,rebalance)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__rebalance"
                ;;
            hgmo__ctl__subcmd__kafka,remove-node)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__remove__subcmd__node"
                ;;
            hgmo__ctl__subcmd__kafka,reset)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__reset"
                ;;
            hgmo__ctl__subcmd__kafka__subcmd__help,add-node)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__help__subcmd__add__subcmd__node"
                ;;
            hgmo__ctl__subcmd__kafka__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__kafka__subcmd__help,rebalance)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__help__subcmd__rebalance"
                ;;
            hgmo__ctl__subcmd__kafka__subcmd__help,remove-node)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__help__subcmd__remove__subcmd__node"
                ;;
            hgmo__ctl__subcmd__kafka__subcmd__help,reset)
                cmd="hgmo__ctl__subcmd__kafka__subcmd__help__subcmd__reset"
                ;;
            hgmo__ctl__subcmd__l10n,help)
                cmd="hgmo__ctl__subcmd__l10n__subcmd__help"
                ;;
            hgmo__ctl__subcmd__l10n,new-channel)
                cmd="hgmo__ctl__subcmd__l10n__subcmd__new__subcmd__channel"
                ;;
            hgmo__ctl__subcmd__l10n__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__l10n__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__l10n__subcmd__help,new-channel)
                cmd="hgmo__ctl__subcmd__l10n__subcmd__help__subcmd__new__subcmd__channel"
                ;;
            hgmo__ctl__subcmd__lb,ban)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban"
                ;;
            hgmo__ctl__subcmd__lb,help)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help"
                ;;
            hgmo__ctl__subcmd__lb,rate)
                cmd="hgmo__ctl__subcmd__lb__subcmd__rate"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban,add)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__add"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban,help)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban,list)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__list"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban,remove)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__remove"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help,add)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__add"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help,list)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__list"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help,remove)
                cmd="hgmo__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__remove"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help,ban)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__ban"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help,rate)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__rate"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help__subcmd__ban,add)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__ban__subcmd__add"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help__subcmd__ban,list)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__ban__subcmd__list"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help__subcmd__ban,remove)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__ban__subcmd__remove"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help__subcmd__rate,set)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__rate__subcmd__set"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__help__subcmd__rate,show)
                cmd="hgmo__ctl__subcmd__lb__subcmd__help__subcmd__rate__subcmd__show"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__rate,help)
                cmd="hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__help"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__rate,set)
                cmd="hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__set"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__rate,show)
                cmd="hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__show"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__help,set)
                cmd="hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__help__subcmd__set"
                ;;
            hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__help,show)
                cmd="hgmo__ctl__subcmd__lb__subcmd__rate__subcmd__help__subcmd__show"
                ;;
            hgmo__ctl__subcmd__mirrors,help)
                cmd="hgmo__ctl__subcmd__mirrors__subcmd__help"
                ;;
            hgmo__ctl__subcmd__mirrors,verify)
                cmd="hgmo__ctl__subcmd__mirrors__subcmd__verify"
                ;;
            hgmo__ctl__subcmd__mirrors__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__mirrors__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__mirrors__subcmd__help,verify)
                cmd="hgmo__ctl__subcmd__mirrors__subcmd__help__subcmd__verify"
                ;;
            hgmo__ctl__subcmd__notifier,help)
                cmd="hgmo__ctl__subcmd__notifier__subcmd__help"
                ;;
            hgmo__ctl__subcmd__notifier,skip)
                cmd="hgmo__ctl__subcmd__notifier__subcmd__skip"
                ;;
            hgmo__ctl__subcmd__notifier__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__notifier__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__notifier__subcmd__help,skip)
                cmd="hgmo__ctl__subcmd__notifier__subcmd__help__subcmd__skip"
                ;;
            hgmo__ctl__subcmd__pushlog,help)
                cmd="hgmo__ctl__subcmd__pushlog__subcmd__help"
                ;;
            hgmo__ctl__subcmd__pushlog,repair)
                cmd="hgmo__ctl__subcmd__pushlog__subcmd__repair"
                ;;
            hgmo__ctl__subcmd__pushlog__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__pushlog__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__pushlog__subcmd__help,repair)
                cmd="hgmo__ctl__subcmd__pushlog__subcmd__help__subcmd__repair"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only,clear)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__clear"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only,help)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__help"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only,set)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__set"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only,status)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__status"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only__subcmd__help,clear)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__clear"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only__subcmd__help,set)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__set"
                ;;
            hgmo__ctl__subcmd__read__subcmd__only__subcmd__help,status)
                cmd="hgmo__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__status"
                ;;
            hgmo__ctl__subcmd__replicate,help)
                cmd="hgmo__ctl__subcmd__replicate__subcmd__help"
                ;;
            hgmo__ctl__subcmd__replicate,hgrc)
                cmd="hgmo__ctl__subcmd__replicate__subcmd__hgrc"
                ;;
            hgmo__ctl__subcmd__replicate,sync)
                cmd="hgmo__ctl__subcmd__replicate__subcmd__sync"
                ;;
            hgmo__ctl__subcmd__replicate__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__replicate__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__replicate__subcmd__help,hgrc)
                cmd="hgmo__ctl__subcmd__replicate__subcmd__help__subcmd__hgrc"
                ;;
            hgmo__ctl__subcmd__replicate__subcmd__help,sync)
                cmd="hgmo__ctl__subcmd__replicate__subcmd__help__subcmd__sync"
                ;;
            hgmo__ctl__subcmd__replication,dump)
                cmd="hgmo__ctl__subcmd__replication__subcmd__dump"
                ;;
            hgmo__ctl__subcmd__replication,heads)
                cmd="hgmo__ctl__subcmd__replication__subcmd__heads"
                ;;
            hgmo__ctl__subcmd__replication,help)
                cmd="hgmo__ctl__subcmd__replication__subcmd__help"
                ;;
            hgmo__ctl__subcmd__replication,skip)
                cmd="hgmo__ctl__subcmd__replication__subcmd__skip"
                ;;
            hgmo__ctl__subcmd__replication,status)
                cmd="hgmo__ctl__subcmd__replication__subcmd__status"
                ;;
            hgmo__ctl__subcmd__replication__subcmd__help,dump)
                cmd="hgmo__ctl__subcmd__replication__subcmd__help__subcmd__dump"
                ;;
            hgmo__ctl__subcmd__replication__subcmd__help,heads)
                cmd="hgmo__ctl__subcmd__replication__subcmd__help__subcmd__heads"
                ;;
            hgmo__ctl__subcmd__replication__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__replication__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__replication__subcmd__help,skip)
                cmd="hgmo__ctl__subcmd__replication__subcmd__help__subcmd__skip"
                ;;
            hgmo__ctl__subcmd__replication__subcmd__help,status)
                cmd="hgmo__ctl__subcmd__replication__subcmd__help__subcmd__status"
                ;;
            hgmo__ctl__subcmd__runbook,help)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__help"
                ;;
            hgmo__ctl__subcmd__runbook,list)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__list"
                ;;
            hgmo__ctl__subcmd__runbook,run)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__run"
                ;;
            hgmo__ctl__subcmd__runbook,show)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__show"
                ;;
            hgmo__ctl__subcmd__runbook__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__runbook__subcmd__help,list)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__help__subcmd__list"
                ;;
            hgmo__ctl__subcmd__runbook__subcmd__help,run)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__help__subcmd__run"
                ;;
            hgmo__ctl__subcmd__runbook__subcmd__help,show)
                cmd="hgmo__ctl__subcmd__runbook__subcmd__help__subcmd__show"
                ;;
            hgmo__ctl__subcmd__services,help)
                cmd="hgmo__ctl__subcmd__services__subcmd__help"
                ;;
            hgmo__ctl__subcmd__services,status)
                cmd="hgmo__ctl__subcmd__services__subcmd__status"
                ;;
            hgmo__ctl__subcmd__services__subcmd__help,help)
                cmd="hgmo__ctl__subcmd__services__subcmd__help__subcmd__help"
                ;;
            hgmo__ctl__subcmd__services__subcmd__help,status)
                cmd="hgmo__ctl__subcmd__services__subcmd__help__subcmd__status"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        hgmo__ctl)
            opts="-i -n -y -v -K -h -V --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help --version restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__aggregator)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help restart groups help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__aggregator__subcmd__groups)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help show sync"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__aggregator__subcmd__help)
            opts="restart groups help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__aggregator__subcmd__help__subcmd__groups)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__aggregator__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__aggregator__subcmd__help__subcmd__restart)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__aggregator__subcmd__restart)
            opts="-i -n -y -v -K -h --pending --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__apply)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__bundles)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help restore drop help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__bundles__subcmd__drop)
            opts="-i -n -y -v -K -h --spec --confirm --pause-generation --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --spec)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --confirm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__bundles__subcmd__help)
            opts="restore drop help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__bundles__subcmd__help__subcmd__drop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__bundles__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__bundles__subcmd__help__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__bundles__subcmd__restore)
            opts="-i -n -y -v -K -h --pause-generation --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__check)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help zookeeper help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__check__subcmd__help)
            opts="zookeeper help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__check__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__check__subcmd__help__subcmd__zookeeper)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__check__subcmd__zookeeper)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__completions)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__failover)
            opts="-i -n -y -v -K -h --to --from --wait --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__fncache)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help check rebuild help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__fncache__subcmd__check)
            opts="-i -n -y -v -K -h --path --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__fncache__subcmd__help)
            opts="check rebuild help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__fncache__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__fncache__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__fncache__subcmd__help__subcmd__rebuild)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__fncache__subcmd__rebuild)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help)
            opts="restart-httpd reclone retire-repo read-only fncache merge-try-heads failover replicate hooks replication notifier aggregator bundles strip lb l10n pushlog upgrade-repo stream-clone reset-twig services check kafka hgweb runbook mirrors inventory plan apply resume history completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__aggregator)
            opts="restart groups"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__aggregator__subcmd__groups)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__aggregator__subcmd__restart)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__bundles)
            opts="restore drop"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__bundles__subcmd__drop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__bundles__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__check)
            opts="zookeeper"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__check__subcmd__zookeeper)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__failover)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__fncache)
            opts="check rebuild"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__fncache__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__fncache__subcmd__rebuild)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__hgweb)
            opts="add remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__hgweb__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__hgweb__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__history)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__hooks)
            opts="edit"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__hooks__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__inventory)
            opts="import"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__inventory__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__kafka)
            opts="add-node rebalance remove-node reset"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__kafka__subcmd__add__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__kafka__subcmd__rebalance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__kafka__subcmd__remove__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__kafka__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__l10n)
            opts="new-channel"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__l10n__subcmd__new__subcmd__channel)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb)
            opts="ban rate"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb__subcmd__ban)
            opts="list add remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb__subcmd__ban__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb__subcmd__ban__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb__subcmd__ban__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb__subcmd__rate)
            opts="show set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb__subcmd__rate__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__lb__subcmd__rate__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__man)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__merge__subcmd__try__subcmd__heads)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__mirrors)
            opts="verify"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__mirrors__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__notifier)
            opts="skip"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__notifier__subcmd__skip)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__plan)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__pushlog)
            opts="repair"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__pushlog__subcmd__repair)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__read__subcmd__only)
            opts="set clear status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__read__subcmd__only__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__read__subcmd__only__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__read__subcmd__only__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__reclone)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replicate)
            opts="hgrc sync"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replicate__subcmd__hgrc)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replicate__subcmd__sync)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replication)
            opts="status dump heads skip"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replication__subcmd__dump)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replication__subcmd__heads)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replication__subcmd__skip)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__replication__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__reset__subcmd__twig)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__restart__subcmd__httpd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__resume)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__retire__subcmd__repo)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__runbook)
            opts="list show run"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__runbook__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__runbook__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__runbook__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__services)
            opts="status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__services__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__stream__subcmd__clone)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__strip)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__help__subcmd__upgrade__subcmd__repo)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hgweb)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help add remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hgweb__subcmd__add)
            opts="-i -n -y -v -K -h --group --stream-clone --ssh-workers --hgweb-workers --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stream-clone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ssh-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hgweb-workers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hgweb__subcmd__help)
            opts="add remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hgweb__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hgweb__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hgweb__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hgweb__subcmd__remove)
            opts="-i -n -y -v -K -h --group --host-down --drain-timeout --on-drain-timeout --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drain-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --on-drain-timeout)
                    COMPREPLY=($(compgen -W "ask wait back proceed" -- "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__history)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hooks)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help edit help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hooks__subcmd__edit)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hooks__subcmd__help)
            opts="edit help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hooks__subcmd__help__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__hooks__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__inventory)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help import help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__inventory__subcmd__help)
            opts="import help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__inventory__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__inventory__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__inventory__subcmd__import)
            opts="-i -n -y -v -K -h --from --out --check --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --out)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --check)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help add-node rebalance remove-node reset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__add__subcmd__node)
            opts="-i -n -y -v -K -h --node --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__help)
            opts="add-node rebalance remove-node reset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__help__subcmd__add__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__help__subcmd__rebalance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__help__subcmd__remove__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__help__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__rebalance)
            opts="-i -n -y -v -K -h --on --brokers --topics --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --on)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --brokers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --topics)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__remove__subcmd__node)
            opts="-i -n -y -v -K -h --node --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__kafka__subcmd__reset)
            opts="-i -n -y -v -K -h --confirm --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --confirm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__l10n)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help new-channel help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__l10n__subcmd__help)
            opts="new-channel help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__l10n__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__l10n__subcmd__help__subcmd__new__subcmd__channel)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__l10n__subcmd__new__subcmd__channel)
            opts="-i -n -y -v -K -h --channel --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --channel)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help ban rate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help list add remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__add)
            opts="-i -n -y -v -K -h --for --reason --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --for)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__help)
            opts="list add remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__list)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__ban__subcmd__remove)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help)
            opts="ban rate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__ban)
            opts="list add remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__ban__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__ban__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__ban__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__rate)
            opts="show set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__rate__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__help__subcmd__rate__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__rate)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help show set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__rate__subcmd__help)
            opts="show set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__rate__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__rate__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__rate__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__rate__subcmd__set)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__lb__subcmd__rate__subcmd__show)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__man)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__merge__subcmd__try__subcmd__heads)
            opts="-i -n -y -v -K -h --base --workdir --batch --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workdir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__mirrors)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help verify help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__mirrors__subcmd__help)
            opts="verify help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__mirrors__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__mirrors__subcmd__help__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__mirrors__subcmd__verify)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__notifier)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help skip help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__notifier__subcmd__help)
            opts="skip help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__notifier__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__notifier__subcmd__help__subcmd__skip)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__notifier__subcmd__skip)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help pulse sns"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__plan)
            opts="-i -n -y -v -K -h --out --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__pushlog)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help repair help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__pushlog__subcmd__help)
            opts="repair help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__pushlog__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__pushlog__subcmd__help__subcmd__repair)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__pushlog__subcmd__repair)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help set clear status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__clear)
            opts="-i -n -y -v -K -h --all --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__help)
            opts="set clear status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__set)
            opts="-i -n -y -v -K -h --all --reason --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__read__subcmd__only__subcmd__status)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__reclone)
            opts="-i -n -y -v -K -h --repo-file --batch --drain-timeout --on-drain-timeout --adopt-drained --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --repo-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drain-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --on-drain-timeout)
                    COMPREPLY=($(compgen -W "ask wait back proceed" -- "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replicate)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help hgrc sync help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replicate__subcmd__help)
            opts="hgrc sync help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replicate__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replicate__subcmd__help__subcmd__hgrc)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replicate__subcmd__help__subcmd__sync)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replicate__subcmd__hgrc)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replicate__subcmd__sync)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help status dump heads skip help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__dump)
            opts="-i -n -y -v -K -h --host --partition --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__heads)
            opts="-i -n -y -v -K -h --host --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__help)
            opts="status dump heads skip help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__help__subcmd__dump)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__help__subcmd__heads)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__help__subcmd__skip)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__skip)
            opts="-i -n -y -v -K -h --host --all-hosts --partition --count --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partition)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__replication__subcmd__status)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__reset__subcmd__twig)
            opts="-i -n -y -v -K -h --source --scm-level --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scm-level)
                    COMPREPLY=($(compgen -W "scm_level_1 scm_level_2 scm_level_3" -- "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__restart__subcmd__httpd)
            opts="-i -n -y -v -K -h --batch --graceful --drain-timeout --on-drain-timeout --adopt-drained --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --batch)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drain-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --on-drain-timeout)
                    COMPREPLY=($(compgen -W "ask wait back proceed" -- "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__resume)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__retire__subcmd__repo)
            opts="-i -n -y -v -K -h --via-replication --confirm --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --confirm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help list show run help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__help)
            opts="list show run help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__help__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__list)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__run)
            opts="-p -i -n -y -v -K -h --param --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__runbook__subcmd__show)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__services)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__services__subcmd__help)
            opts="status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__services__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__services__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__services__subcmd__status)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__stream__subcmd__clone)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__strip)
            opts="-i -n -y -v -K -h --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hgmo__subcmd__ctl__subcmd__upgrade__subcmd__repo)
            opts="-i -n -y -v -K -h --drain-timeout --on-drain-timeout --adopt-drained --inventory --dry-run --yes --format --hosts --verbose --ask-become-pass --break-lock --color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --drain-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --on-drain-timeout)
                    COMPREPLY=($(compgen -W "ask wait back proceed" -- "${cur}"))
                    return 0
                    ;;
                --inventory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "text markdown json" -- "${cur}"))
                    return 0
                    ;;
                --hosts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _hgmo__ctl -o nosort -o bashdefault -o default hgmo-ctl
else
    complete -F _hgmo__ctl -o bashdefault -o default hgmo-ctl
fi
