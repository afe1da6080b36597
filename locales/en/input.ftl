### input
