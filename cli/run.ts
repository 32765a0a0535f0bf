export async function runCommand(){return 0}
