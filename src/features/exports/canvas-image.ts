/** The credit line every exported image carries. Images themselves come from the canvas handle's `image`. */
export function imageCredit(sourceCount: number): string {
  return `Ketamine pathways · every node and arrow quotes one of ${sourceCount} sources word for word (see the source list)`;
}
