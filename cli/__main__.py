from policy_kg.cli.app import main

main()
