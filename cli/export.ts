export async function exportCommand(){return 0}
