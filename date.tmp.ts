import { findDates } from './src/ingest/text/dates';
for (const t of ['Shelling hit the city overnight on Tuesday, the ministry said.', 'The ministry said on Tuesday night that shelling continued.', 'Overnight, the ministry said, drones hit the port.', 'The ministry said late Tuesday that drones hit the port.', 'The ministry said on Wednesday that drones hit the port.'])
  console.log(t, JSON.stringify(findDates(t, '2023-05-10', 0, t.length)));
