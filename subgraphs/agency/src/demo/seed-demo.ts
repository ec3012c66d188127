import type { AgencyModule, AgencyModuleSet, AgencyServices } from '../kernel/context';

/**
 * Seeds this agency's demo data once: every module's part, in module order, in one transaction.
 * Returns false when already seeded (the agency has staff); a demo seeded by an earlier release
 * is then brought up to date by each module's `upgradeDemo`, in the same way.
 */
export function seedDemo(modules: AgencyModuleSet, services: AgencyServices): Promise<boolean> {
  return services.uow.run(async (m) => {
    const existing: unknown[] = await m.query(`SELECT 1 FROM key_worker LIMIT 1`);
    if (existing.length > 0) {
      for (const module of modules.modules as readonly AgencyModule[]) {
        await module.upgradeDemo?.(services, m);
      }
      return false;
    }
    await modules.seedDemo(services, services.uow);
    return true;
  });
}
