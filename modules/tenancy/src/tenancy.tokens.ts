export const TENANCY_TOKENS = {
  ClinicStore: Symbol.for('tenancy.ClinicStore'),
  RegisterClinic: Symbol.for('tenancy.RegisterClinic'),
  GetClinicProfile: Symbol.for('tenancy.GetClinicProfile'),
  ListClinics: Symbol.for('tenancy.ListClinics'),
  Routers: Symbol.for('tenancy.Routers'),
} as const;
